package nl.secondopinion.insurance.event;

import nl.secondopinion.support.deadevent.EventRefusedException;

/** Hands an event to notification-service. */
public interface EventSender {

	/**
	 * Returns normally once notification-service stored the event (or had it already).
	 * @throws EventRefusedException when it refuses the event as malformed: sending it
	 * again will not help, the relay parks it as a dead event
	 * @throws RuntimeException when it cannot be reached: try again later
	 */
	void send(PendingEvent event, String source);

}
