/**
 * Health checks that work on the local stack's stand-ins as well as on the real servers.
 */
@NullMarked
package nl.secondopinion.support.health;

import org.jspecify.annotations.NullMarked;
