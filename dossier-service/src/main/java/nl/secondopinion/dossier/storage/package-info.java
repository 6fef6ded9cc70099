@NullMarked
package nl.secondopinion.dossier.storage;

import org.jspecify.annotations.NullMarked;
