package nl.secondopinion.referral.request;

import java.util.Map;

/** The request lacks what submitting needs; lists field and message. */
public class RequestIncompleteException extends RuntimeException {

	private final Map<String, String> missing;

	public RequestIncompleteException(Map<String, String> missing) {
		super("Request incomplete: " + missing.keySet(), null, false, false);
		this.missing = Map.copyOf(missing);
	}

	public Map<String, String> missing() {
		return this.missing;
	}

}
