package nl.secondopinion.dossier.client.referral;

import nl.secondopinion.support.feign.RejectedCallException;

/**
 * Referral-service refused our call with a 4xx other than 404: a fault on our side
 * (token, audience), not a sign that referral-service is unhealthy.
 */
class ReferralRejectedCallException extends RejectedCallException {

	ReferralRejectedCallException(int status) {
		super("Referral service refused the call with status " + status, status);
	}

}
