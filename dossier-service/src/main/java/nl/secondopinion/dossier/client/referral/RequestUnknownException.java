package nl.secondopinion.dossier.client.referral;

/**
 * Referral-service answered 404: no such request. A valid answer, so the circuit breaker
 * ignores it (see application.yml).
 */
class RequestUnknownException extends RuntimeException {

	RequestUnknownException() {
		super("Referral service does not know the request", null, false, false);
	}

}
