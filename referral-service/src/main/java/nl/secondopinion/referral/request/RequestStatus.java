package nl.secondopinion.referral.request;

/**
 * Where a request is in the journey. Which status follows which is decided by
 * {@link Transitions} only.
 */
public enum RequestStatus {

	/** Being written by the patient; nobody else sees it yet. */
	DRAFT,
	/** Written by a representative; waits until the patient confirms it is their will. */
	AWAITING_PATIENT_CONSENT,
	/** Sent; waits for a referral, a refusal, or the patient's choice to go without. */
	SUBMITTED, REFERRED, REFERRAL_REFUSED, SELF_REFERRED,
	/**
	 * Chosen by the patient (or through the insurer's desk); waits for the consultant.
	 */
	CONSULTANT_ASSIGNED,
	/** The consultant took the case on and triaged it. */
	CASE_ACCEPTED,
	/** The consultant declined; the patient chooses another. */
	CONSULTANT_DECLINED, APPOINTMENT_SCHEDULED,
	/** The consultant has seen the patient in person: only now may a report follow. */
	CONSULTED, REPORTED,
	/**
	 * The report advises a treatment the own doctor cannot offer; decided with that
	 * doctor.
	 */
	TRANSFER_OF_CARE_PROPOSED, CLOSED, WITHDRAWN, CANCELLED;

	public boolean isFinal() {
		return this == CLOSED || this == WITHDRAWN || this == CANCELLED;
	}

}
