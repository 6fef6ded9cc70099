package nl.secondopinion.insurance.coverage.web;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

import nl.secondopinion.insurance.coverage.CoverageCheck;
import nl.secondopinion.insurance.coverage.CurrentCheck;
import nl.secondopinion.insurance.coverage.DataSource;
import nl.secondopinion.insurance.coverage.Decision;
import nl.secondopinion.insurance.coverage.Reason;

/**
 * A coverage decision as the patient reads it: every reason in Dutch and English, the
 * sources it rests on and when they were read; the citizen service number masked.
 * {@code recheckNeeded} only on the read of a request's latest check.
 */
record CheckResponse(String checkId, String requestId, Decision decision, boolean decided, Insurer insurer, String bsn,
		List<Reason> reasons, List<DataSource> sources, Instant checkedAt, @Nullable Instant decidedAt,
		@Nullable Instant nextRecheckAt, @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Boolean recheckNeeded) {

	static CheckResponse from(CoverageCheck check) {
		return from(check, null);
	}

	static CheckResponse from(CurrentCheck current) {
		return from(current.check(), current.recheckNeeded());
	}

	private static CheckResponse from(CoverageCheck check, @Nullable Boolean recheckNeeded) {
		return new CheckResponse(check.id(), check.requestId(), check.decision(), check.decision().isFinal(),
				new Insurer(check.insurerUzovi(), check.insurerName()), check.bsnMasked(), check.reasons(),
				check.sources(), check.createdAt(), check.decidedAt(), check.nextRecheckAt(), recheckNeeded);
	}

	record Insurer(String uzovi, String name) {

	}

}
