package nl.secondopinion.referral.request;

/**
 * The questions a report must answer: the patient's own question, and the referrer's
 * question when a referral states one (the referral letter's <em>vraagstelling</em>).
 */
public enum AskedQuestion {

	PATIENT_QUESTION, REFERRAL_QUESTION

}
