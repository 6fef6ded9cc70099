package nl.secondopinion.insurance.coverage.web;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import nl.secondopinion.insurance.coverage.CoverageCheck;
import nl.secondopinion.insurance.coverage.DataSource;
import nl.secondopinion.insurance.coverage.Decision;
import nl.secondopinion.insurance.coverage.Reason;

/**
 * A coverage decision as the patient reads it: every reason in Dutch and English, the
 * sources it rests on and when they were read; the citizen service number masked.
 */
record CheckResponse(String checkId, String requestId, Decision decision, boolean decided, Insurer insurer, String bsn,
		List<Reason> reasons, List<DataSource> sources, Instant checkedAt, @Nullable Instant decidedAt,
		@Nullable Instant nextRecheckAt) {

	static CheckResponse from(CoverageCheck check) {
		return new CheckResponse(check.id(), check.requestId(), check.decision(), check.decision().isFinal(),
				new Insurer(check.insurerUzovi(), check.insurerName()), check.bsnMasked(), check.reasons(),
				check.sources(), check.createdAt(), check.decidedAt(), check.nextRecheckAt());
	}

	record Insurer(String uzovi, String name) {

	}

}
