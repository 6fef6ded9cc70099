package nl.secondopinion.insurance.estimate;

import nl.secondopinion.insurance.coverage.Decision;

/**
 * A first indication, before any eligibility check with the insurer: never a promise of
 * reimbursement.
 */
public enum Estimate {

	LIKELY_COVERED, DEPENDS_ON_SUPPLEMENTARY, UNCERTAIN;

	/**
	 * What a decision on the stated facts means as an estimate. "Not covered" before the
	 * insurer is asked still depends on the supplementary package the insurer knows of.
	 */
	public static Estimate of(Decision decision) {
		return switch (decision) {
			case COVERED_BASIC, COVERED_SUPPLEMENTARY -> LIKELY_COVERED;
			case NOT_COVERED -> DEPENDS_ON_SUPPLEMENTARY;
			case UNCERTAIN, PENDING -> UNCERTAIN;
		};
	}

}
