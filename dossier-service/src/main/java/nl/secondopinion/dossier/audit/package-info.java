@NullMarked
package nl.secondopinion.dossier.audit;

import org.jspecify.annotations.NullMarked;
