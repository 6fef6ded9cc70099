/**
 * What every service's OpenAPI document says the same way.
 */
@NullMarked
package nl.secondopinion.support.openapi;

import org.jspecify.annotations.NullMarked;
