package nl.secondopinion.referral.request;

/** The notification service cannot take events right now. */
public class EventsUnavailableException extends RuntimeException {

	public EventsUnavailableException(String reason) {
		super(reason, null, false, false);
	}

}
