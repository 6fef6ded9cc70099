package nl.secondopinion.insurance.estimate;

/** One reason behind an estimate, in the two languages the platform speaks. */
public enum EstimateReason {

	REFERRAL_PRESENT("Met een verwijzing vergoedt de basisverzekering een second opinion meestal.",
			"With a referral, basic insurance usually reimburses a second opinion."),
	NO_REFERRAL("Zonder verwijzing vergoedt de basisverzekering een second opinion meestal niet.",
			"Without a referral, basic insurance usually does not reimburse a second opinion."),
	REFERRAL_REFUSED("Uw arts weigerde de verwijzing; zonder verwijzing vergoedt de basisverzekering meestal niet.",
			"Your doctor refused the referral; without one, basic insurance usually does not reimburse."),
	SUPPLEMENTARY_MAY_PAY("Een aanvullende verzekering kan (een deel van) de kosten vergoeden; kijk in uw polis.",
			"A supplementary insurance may reimburse (part of) the costs; check your policy."),
	DEDUCTIBLE_APPLIES("Het eigen risico is van toepassing.", "The own-risk deductible applies."),
	INSURED_ABROAD(
			"U bent in het buitenland verzekerd: vergoeding is zeer onzeker. Neem vóór een afspraak contact op met het team zorgkosten van het ziekenhuis.",
			"You are insured abroad: reimbursement is very uncertain. Contact the hospital's care-cost team before making an appointment.");

	private final String dutch;

	private final String english;

	EstimateReason(String dutch, String english) {
		this.dutch = dutch;
		this.english = english;
	}

	public String dutch() {
		return this.dutch;
	}

	public String english() {
		return this.english;
	}

}
