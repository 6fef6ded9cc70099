package nl.secondopinion.notification.event;

public enum EventStatus {

	/** Stored; its notifications and deliveries are not yet all written. */
	RECEIVED,
	/** Every recipient has an inbox entry and a delivery per chosen channel. */
	DISPATCHED,
	/**
	 * Dead letter: its recipients could not be looked up within the attempts; only a
	 * platform admin replays it.
	 */
	DEAD

}
