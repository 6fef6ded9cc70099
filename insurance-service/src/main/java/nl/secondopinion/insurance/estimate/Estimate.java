package nl.secondopinion.insurance.estimate;

/**
 * A first indication from the general policy rules, before any eligibility check with the
 * insurer: never a promise of reimbursement.
 */
public enum Estimate {

	LIKELY_COVERED, DEPENDS_ON_SUPPLEMENTARY, UNCERTAIN

}
