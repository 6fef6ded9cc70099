@NullMarked
package nl.secondopinion.insurance.coverage;

import org.jspecify.annotations.NullMarked;
