package nl.secondopinion.insurance.coverage.web;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import nl.secondopinion.insurance.coverage.CurrentCheck;
import nl.secondopinion.insurance.coverage.Decision;

/**
 * The contract answer of {@code GET /internal/coverage/requests/{requestId}}.
 *
 * @param recheckNeeded the request's facts changed since this decision and it could not
 * be taken again: do not rely on it until the patient checks again
 */
record LatestDecision(String requestId, Decision decision, @Nullable Instant decidedAt, String checkId,
		boolean recheckNeeded) {

	static LatestDecision from(CurrentCheck current) {
		var check = current.check();
		return new LatestDecision(check.requestId(), check.decision(), check.decidedAt(), check.id(),
				current.recheckNeeded());
	}

}
