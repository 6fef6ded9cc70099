@NullMarked
package nl.secondopinion.dossier.events;

import org.jspecify.annotations.NullMarked;
