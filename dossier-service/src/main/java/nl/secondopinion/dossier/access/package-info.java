@NullMarked
package nl.secondopinion.dossier.access;

import org.jspecify.annotations.NullMarked;
