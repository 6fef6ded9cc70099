package nl.secondopinion.referral.client.insurance;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/** Insurance-service's latest coverage decision on a request, as far as we read it. */
@JsonIgnoreProperties(ignoreUnknown = true)
record CoverageDecisionAnswer(@Nullable String requestId, @Nullable String decision, @Nullable Instant decidedAt,
		@Nullable String checkId) {

}
