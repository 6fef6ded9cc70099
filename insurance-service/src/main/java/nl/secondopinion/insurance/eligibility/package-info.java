@NullMarked
package nl.secondopinion.insurance.eligibility;

import org.jspecify.annotations.NullMarked;
