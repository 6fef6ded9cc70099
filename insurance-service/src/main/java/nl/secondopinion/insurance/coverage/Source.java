package nl.secondopinion.insurance.coverage;

/** Where a fact behind a decision came from. */
public enum Source {

	/** The insurer's eligibility service (or today's cached answer of it). */
	INSURER_ELIGIBILITY,
	/** The request's context at referral-service: referral, facts, insurer. */
	REQUEST_CONTEXT,
	/** The platform's configured policy rules (packages, deductible). */
	POLICY_RULES

}
