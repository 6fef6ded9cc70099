package nl.secondopinion.referral.request;

/**
 * The request does not exist or the caller may not see it. Deliberately one exception for
 * both, so the answer never reveals that someone else's request exists.
 */
public class RequestNotFoundException extends RuntimeException {

	public RequestNotFoundException() {
		super("Request not found or not visible to the caller", null, false, false);
	}

}
