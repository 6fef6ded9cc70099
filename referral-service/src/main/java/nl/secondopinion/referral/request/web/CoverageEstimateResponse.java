package nl.secondopinion.referral.request.web;

import java.time.Instant;
import java.util.List;

import nl.secondopinion.referral.request.CoverageEstimate;
import nl.secondopinion.referral.request.CoverageLikelihood;

record CoverageEstimateResponse(CoverageLikelihood estimate, String insurerName, List<Reason> reasons,
		Instant checkedAt) {

	record Reason(String code, String nl, String en) {

	}

	static CoverageEstimateResponse of(CoverageEstimate estimate) {
		return new CoverageEstimateResponse(estimate.estimate(), estimate.insurerName(),
				estimate.reasons()
					.stream()
					.map((reason) -> new Reason(reason.code(), reason.nl(), reason.en()))
					.toList(),
				estimate.checkedAt());
	}

}
