package nl.secondopinion.dossier.client.referral;

/**
 * Referral-service refused our call with a 4xx other than 404: a fault on our side
 * (token, audience), not a sign that referral-service is unhealthy.
 */
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
