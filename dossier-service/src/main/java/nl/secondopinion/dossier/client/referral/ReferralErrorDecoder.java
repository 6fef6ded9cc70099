package nl.secondopinion.dossier.client.referral;

import nl.secondopinion.support.feign.ServiceErrorDecoder;

/**
 * Sorts referral-service's error answers: a 404 means the request is unknown, other 4xx
 * are our own faults the circuit breaker must not count, and 5xx, 408 and 429 are left to
 * Feign's default and counted.
 */
class ReferralErrorDecoder extends ServiceErrorDecoder {

	ReferralErrorDecoder() {
		super(RequestUnknownException::new, ReferralRejectedCallException::new);
	}

}
