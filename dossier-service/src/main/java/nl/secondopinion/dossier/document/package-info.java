@NullMarked
package nl.secondopinion.dossier.document;

import org.jspecify.annotations.NullMarked;
