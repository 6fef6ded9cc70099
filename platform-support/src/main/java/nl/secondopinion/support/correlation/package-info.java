@NullMarked
package nl.secondopinion.support.correlation;

import org.jspecify.annotations.NullMarked;
