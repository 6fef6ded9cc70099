package nl.secondopinion.insurance.client.referral;

import nl.secondopinion.support.feign.ServiceErrorDecoder;

/**
 * 404 is an answer (no such request), other 4xx are faults on our side; neither is a sign
 * of an unhealthy referral-service, so the breaker ignores both. 5xx go to Feign's
 * default and count.
 */
class ReferralErrorDecoder extends ServiceErrorDecoder {

	ReferralErrorDecoder() {
		super(ReferralNotFoundException::new, ReferralRejectedCallException::new);
	}

}
