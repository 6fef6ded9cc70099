/**
 * Serves the built web portal (a single-page app) from a directory, with the security and
 * cache headers its files need.
 */
@NullMarked
package nl.secondopinion.gateway.portal;

import org.jspecify.annotations.NullMarked;
