@NullMarked
package nl.secondopinion.gateway.correlation;

import org.jspecify.annotations.NullMarked;
