package nl.secondopinion.referral.request;

import nl.secondopinion.support.deadevent.EventRefusedException;

/** Hands an event to the notification service; implemented in the client layer. */
public interface EventSender {

	/**
	 * Returns normally when the receiver stored the event (or had it already).
	 * @throws EventRefusedException when the receiver refused it as invalid: retrying
	 * would not help, the relay parks it as a dead event
	 * @throws EventsUnavailableException when the receiver cannot be reached; try later
	 */
	void send(OutboxEvent event);

}
