package nl.secondopinion.insurance.event;

/** Hands an event to notification-service. */
public interface EventSender {

	/**
	 * Returns normally once notification-service stored the event (or had it already).
	 * @throws EventRejectedException when it refuses the event as malformed: sending it
	 * again will not help
	 * @throws RuntimeException when it cannot be reached: try again later
	 */
	void send(PendingEvent event, String source);

}
