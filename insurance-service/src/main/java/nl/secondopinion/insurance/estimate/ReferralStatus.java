package nl.secondopinion.insurance.estimate;

/**
 * Where the second-opinion request stands with its referral, as far as coverage is
 * concerned.
 */
public enum ReferralStatus {

	/** No referral asked for or issued yet, or the patient continues without one. */
	NONE,
	/** A GP or the treating specialist issued a referral. */
	PRESENT,
	/**
	 * The doctor refused with a substantiated reason; the patient may continue without.
	 */
	REFUSED

}
