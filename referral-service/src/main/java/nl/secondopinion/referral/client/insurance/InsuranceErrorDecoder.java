package nl.secondopinion.referral.client.insurance;

import nl.secondopinion.support.feign.ServiceErrorDecoder;

/**
 * Sorts insurance-service's error answers: a 404 means the insurer is unknown, other 4xx
 * are our own faults the circuit breaker ignores, and 5xx, 408 and 429 are left to
 * Feign's default and counted.
 */
class InsuranceErrorDecoder extends ServiceErrorDecoder {

	InsuranceErrorDecoder() {
		super(InsurerNotFoundException::new, InsuranceRejectedCallException::new);
	}

}
