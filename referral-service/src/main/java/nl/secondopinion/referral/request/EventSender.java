package nl.secondopinion.referral.request;

/** Hands an event to the notification service; implemented in the client layer. */
public interface EventSender {

	/**
	 * @return {@code true} when stored (or already stored), {@code false} when the
	 * receiver refused it as invalid: retrying would not help
	 * @throws EventsUnavailableException when the receiver cannot be reached; try later
	 */
	boolean send(OutboxEvent event);

}
