package nl.secondopinion.insurance.client.referral;

class ReferralRejectedCallException extends RuntimeException {

	private final int status;

	ReferralRejectedCallException(int status) {
		super("Referral service refused the call with status " + status, null, false, false);
		this.status = status;
	}

	int status() {
		return this.status;
	}

}
