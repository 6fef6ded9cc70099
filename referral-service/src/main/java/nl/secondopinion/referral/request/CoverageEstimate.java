package nl.secondopinion.referral.request;

import java.time.Instant;
import java.util.List;

/**
 * An indication, not a promise: the patient still has to check the policy, and pays if
 * the insurer refuses.
 */
public record CoverageEstimate(CoverageLikelihood estimate, String insurerName, List<CoverageReason> reasons,
		Instant checkedAt) {

	public CoverageEstimate {
		reasons = List.copyOf(reasons);
	}

}
