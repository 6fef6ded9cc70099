package nl.secondopinion.insurance.coverage.web;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import nl.secondopinion.insurance.coverage.CoverageCheck;
import nl.secondopinion.insurance.coverage.Decision;

/** The contract answer of {@code GET /internal/coverage/requests/{requestId}}. */
record LatestDecision(String requestId, Decision decision, @Nullable Instant decidedAt, String checkId) {

	static LatestDecision from(CoverageCheck check) {
		return new LatestDecision(check.requestId(), check.decision(), check.decidedAt(), check.id());
	}

}
