package nl.secondopinion.insurance.estimate;

import java.time.Instant;
import java.util.List;

import nl.secondopinion.insurance.insurer.Insurer;

public record CoverageEstimate(Estimate estimate, Insurer insurer, List<EstimateReason> reasons, Instant checkedAt) {

	public CoverageEstimate {
		reasons = List.copyOf(reasons);
	}

}
