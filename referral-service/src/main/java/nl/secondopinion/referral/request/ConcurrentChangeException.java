package nl.secondopinion.referral.request;

/** Another change won the race for this request (optimistic locking). */
public class ConcurrentChangeException extends RuntimeException {

	public ConcurrentChangeException(String message) {
		super(message, null, false, false);
	}

}
