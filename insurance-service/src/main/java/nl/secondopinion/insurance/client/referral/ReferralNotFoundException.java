package nl.secondopinion.insurance.client.referral;

class ReferralNotFoundException extends RuntimeException {

	ReferralNotFoundException() {
		super("Referral service does not know the request", null, false, false);
	}

}
