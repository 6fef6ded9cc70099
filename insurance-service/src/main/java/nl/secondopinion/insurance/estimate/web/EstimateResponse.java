package nl.secondopinion.insurance.estimate.web;

import java.time.Instant;
import java.util.List;

import nl.secondopinion.insurance.estimate.CoverageEstimate;
import nl.secondopinion.insurance.estimate.Estimate;
import nl.secondopinion.insurance.estimate.RequestEstimate;

/**
 * One shape for both estimates; {@code basis} says which: {@code REQUEST_FACTS} (the
 * request's facts, the coverage check's rules) or {@code GENERAL_RULES} (the deprecated
 * POST).
 */
record EstimateResponse(Estimate estimate, String insurerUzovi, String insurerName, List<Reason> reasons, String basis,
		Instant checkedAt) {

	static EstimateResponse from(CoverageEstimate estimate) {
		List<Reason> reasons = estimate.reasons()
			.stream()
			.map((reason) -> new Reason(reason.name(), reason.dutch(), reason.english()))
			.toList();
		return new EstimateResponse(estimate.estimate(), estimate.insurer().uzovi(), estimate.insurer().name(), reasons,
				"GENERAL_RULES", estimate.checkedAt());
	}

	static EstimateResponse from(RequestEstimate estimate) {
		List<Reason> reasons = estimate.reasons()
			.stream()
			.map((reason) -> new Reason(reason.code(), reason.nl(), reason.en()))
			.toList();
		return new EstimateResponse(estimate.estimate(), estimate.insurer().uzovi(), estimate.insurer().name(), reasons,
				"REQUEST_FACTS", estimate.checkedAt());
	}

	record Reason(String code, String nl, String en) {
	}

}
