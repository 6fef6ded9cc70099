@NullMarked
package nl.secondopinion.insurance.mediation;

import org.jspecify.annotations.NullMarked;
