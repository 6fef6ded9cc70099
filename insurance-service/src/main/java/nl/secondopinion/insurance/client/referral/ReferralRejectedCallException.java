package nl.secondopinion.insurance.client.referral;

import nl.secondopinion.support.feign.RejectedCallException;

/** referral-service refused our call (4xx other than 404, 408 and 429). */
class ReferralRejectedCallException extends RejectedCallException {

	ReferralRejectedCallException(int status) {
		super("Referral service refused the call with status " + status, status);
	}

}
