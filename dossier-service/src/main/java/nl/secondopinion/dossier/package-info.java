@NullMarked
package nl.secondopinion.dossier;

import org.jspecify.annotations.NullMarked;
