package nl.secondopinion.referral.request;

/** Why the patient asks for a second opinion. */
public enum Reason {

	DOUBT_ABOUT_DIAGNOSIS, DOUBT_ABOUT_TREATMENT, IMPORTANT_DECISION, PERSISTING_COMPLAINTS, CONFIRMATION, NO_DIAGNOSIS,
	/** The treating doctor suggested it, to strengthen their own diagnosis (seed 004). */
	TREATING_DOCTOR_SUGGESTED

}
