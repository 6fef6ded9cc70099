package nl.secondopinion.insurance.estimate;

import java.time.Instant;
import java.util.List;

import nl.secondopinion.insurance.coverage.Decision;
import nl.secondopinion.insurance.coverage.Reason;
import nl.secondopinion.insurance.insurer.Insurer;

/**
 * The estimate for a request from its stated facts, by the coverage decision's own rules.
 *
 * @param decision what the rules decide on the stated facts, before the insurer is asked
 */
public record RequestEstimate(Estimate estimate, Decision decision, Insurer insurer, List<Reason> reasons,
		Instant checkedAt) {

	public RequestEstimate {
		reasons = List.copyOf(reasons);
	}

}
