package nl.secondopinion.referral.client.insurance;

/** Insurance-service has no coverage check for the request yet (its 404). */
class NoCoverageCheckException extends RuntimeException {

	NoCoverageCheckException() {
		super("No coverage check for this request", null, false, false);
	}

}
