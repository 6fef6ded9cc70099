package nl.secondopinion.notification.delivery;

public enum DeliveryStatus {

	/** Waiting for its first attempt. */
	PENDING,
	/**
	 * An attempt failed for a reason that may pass; next attempt at
	 * {@code nextAttemptAt}.
	 */
	RETRY,
	/** A worker holds it until {@code leaseUntil}; nothing has left the service yet. */
	CLAIMED,
	/** Handed to the SMTP server or SMS provider; the answer is not yet recorded. */
	SENDING,
	/** Accepted by the SMTP server or SMS provider. */
	SENT,
	/** Nothing to send: the user has no address for this channel. */
	SKIPPED,
	/**
	 * Dead letter: given up, or in doubt after a crash; only a platform admin replays it.
	 */
	DEAD

}
