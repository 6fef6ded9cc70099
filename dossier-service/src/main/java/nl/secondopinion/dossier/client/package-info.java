@NullMarked
package nl.secondopinion.dossier.client;

import org.jspecify.annotations.NullMarked;
