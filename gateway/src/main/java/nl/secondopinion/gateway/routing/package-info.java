@NullMarked
package nl.secondopinion.gateway.routing;

import org.jspecify.annotations.NullMarked;
