@NullMarked
package nl.secondopinion.dossier.config;

import org.jspecify.annotations.NullMarked;
