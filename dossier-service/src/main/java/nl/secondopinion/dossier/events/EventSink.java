package nl.secondopinion.dossier.events;

import nl.secondopinion.support.deadevent.EventRefusedException;

/** Where pending events go: notification-service, behind a circuit breaker. */
public interface EventSink {

	/**
	 * Delivers one event; returns normally when the receiver stored it (or had it
	 * already).
	 * @throws EventRefusedException when the receiver refused it as invalid: sending it
	 * again would not help, the relay parks it as a dead event
	 * @throws RuntimeException when the receiver cannot be reached: the event stays
	 * pending
	 */
	void deliver(PendingEvent event);

}
