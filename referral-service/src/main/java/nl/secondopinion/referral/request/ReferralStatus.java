package nl.secondopinion.referral.request;

/**
 * Whether a GP or treating specialist has referred the patient. Basic insurance normally
 * reimburses a second opinion only with a referral, so the coverage estimate depends on
 * it.
 */
public enum ReferralStatus {

	NONE, PRESENT, REFUSED

}
