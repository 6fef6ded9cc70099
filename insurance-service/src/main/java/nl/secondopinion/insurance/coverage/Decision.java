package nl.secondopinion.insurance.coverage;

/** What a coverage check decided about a second opinion. */
public enum Decision {

	/** Basic insurance pays (with a valid referral); the own-risk deductible applies. */
	COVERED_BASIC,
	/** No valid referral, but the supplementary package pays. */
	COVERED_SUPPLEMENTARY,
	/** Neither pays, or the person is not insured: the patient pays. */
	NOT_COVERED,
	/** Insured abroad or under a treaty arrangement: nothing can be said in advance. */
	UNCERTAIN,
	/** The insurer could not be reached: a re-check completes the decision later. */
	PENDING;

	public boolean isFinal() {
		return this != PENDING;
	}

}
