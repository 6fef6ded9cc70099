package nl.secondopinion.referral.client.insurance;

/**
 * Insurance-service answered 422 {@code unknown-insurer}: it does not know the insurer
 * the request names. A valid answer about the patient's input, so the circuit breaker
 * ignores it (see application.yml).
 */
class UnknownInsurerAnswer extends RuntimeException {

	private final String uzovi;

	UnknownInsurerAnswer(String uzovi) {
		super("Insurance service does not know the insurer", null, false, false);
		this.uzovi = uzovi;
	}

	String uzovi() {
		return this.uzovi;
	}

}
