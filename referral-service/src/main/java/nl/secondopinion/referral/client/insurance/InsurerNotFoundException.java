package nl.secondopinion.referral.client.insurance;

/**
 * Insurance-service answered 404: it does not know the insurer. A valid answer about the
 * patient's input, so the circuit breaker ignores it (see application.yml).
 */
class InsurerNotFoundException extends RuntimeException {

	InsurerNotFoundException() {
		super("Insurance service does not know the insurer", null, false, false);
	}

}
