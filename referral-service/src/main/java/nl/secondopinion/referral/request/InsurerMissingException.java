package nl.secondopinion.referral.request;

/** A coverage estimate was asked for a request that names no insurer yet. */
public class InsurerMissingException extends RuntimeException {

	public InsurerMissingException(String requestId) {
		super("Request " + requestId + " names no insurer", null, false, false);
	}

}
