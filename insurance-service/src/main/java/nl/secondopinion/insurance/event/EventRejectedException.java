package nl.secondopinion.insurance.event;

public class EventRejectedException extends RuntimeException {

	public EventRejectedException(int status) {
		super("Notification service rejected the event with status " + status, null, false, false);
	}

}
