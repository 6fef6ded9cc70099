package nl.secondopinion.referral.request;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The insurer's latest coverage decision on a request, from the insurance service; empty
 * when no check exists yet.
 */
public interface CoverageDecisions {

	Optional<Decision> latest(String requestId);

	record Decision(String decision, @Nullable Instant decidedAt) {

		private static final Set<String> KNOWN = Set.of("COVERED_BASIC", "COVERED_SUPPLEMENTARY", "NOT_COVERED");

		/** Known means decided; {@code UNCERTAIN} and {@code PENDING} are not. */
		public boolean isKnown() {
			return KNOWN.contains(this.decision);
		}

	}

}
