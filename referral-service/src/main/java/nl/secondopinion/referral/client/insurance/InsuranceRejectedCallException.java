package nl.secondopinion.referral.client.insurance;

import nl.secondopinion.support.feign.RejectedCallException;

/**
 * Insurance-service refused our call with a 4xx other than 404: a fault on our side (bad
 * body, token, audience), not a sign that insurance-service is unhealthy, so the circuit
 * breaker ignores it.
 */
class InsuranceRejectedCallException extends RejectedCallException {

	InsuranceRejectedCallException(int status) {
		super("Insurance service refused the call with status " + status, status);
	}

}
