package nl.secondopinion.support.deadevent;

/**
 * Sends a parked event again, exactly as it was first sent; implemented by the service's
 * own event client, next to the sender its relay uses.
 */
public interface DeadEventSender {

	/**
	 * Returns normally once the receiver stored the event (or had it already).
	 * @throws EventRefusedException when the receiver refuses it again
	 * @throws RuntimeException when the receiver cannot be reached (5xx, timeout, open
	 * breaker): try later
	 */
	void resend(String eventJson);

}
