@NullMarked
package nl.secondopinion.gateway.ratelimit;

import org.jspecify.annotations.NullMarked;
