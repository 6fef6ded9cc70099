@NullMarked
package nl.secondopinion.insurance.estimate;

import org.jspecify.annotations.NullMarked;
