/**
 * {@code Idempotency-Key} support for the POSTs that create something: per caller and per
 * endpoint, a replay answers the original result, the same key with another body is
 * refused. Knows neither the journey nor the directory.
 */
@NullMarked
package nl.secondopinion.referral.idempotency;

import org.jspecify.annotations.NullMarked;
