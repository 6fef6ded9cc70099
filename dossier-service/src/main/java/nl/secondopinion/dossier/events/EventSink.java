package nl.secondopinion.dossier.events;

/** Where pending events go: notification-service, behind a circuit breaker. */
public interface EventSink {

	/**
	 * Delivers one event; returns normally when the receiver stored it (or had it
	 * already), throws otherwise so the event stays pending.
	 */
	void deliver(PendingEvent event);

}
