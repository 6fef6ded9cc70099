package nl.secondopinion.referral.client.insurance;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * What insurance-service answers, as far as this service reads it. Every field is
 * nullable so that a missing one is reported by the mapping instead of failing inside the
 * decoder, where only the circuit breaker would see it.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record CoverageEstimateAnswer(@Nullable String estimate, @Nullable String insurerName, @Nullable List<Reason> reasons,
		@Nullable Instant checkedAt) {

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Reason(@Nullable String code, @Nullable String nl, @Nullable String en) {

	}

}
