package nl.secondopinion.notification.delivery;

/** A channel could not deliver, and what that means for the next step. */
public class DeliveryFailedException extends RuntimeException {

	public enum Outcome {

		/** Certainly not delivered, and it may pass (server down, 5xx, open breaker). */
		RETRY,
		/** Certainly not delivered, and it will not pass (address or number refused). */
		REJECTED,
		/**
		 * Handed over without an answer (timeout, connection lost): it may have arrived.
		 * Sending again could reach the user twice.
		 */
		IN_DOUBT

	}

	private final Outcome outcome;

	public DeliveryFailedException(Outcome outcome, String reason) {
		super(reason, null, false, false);
		this.outcome = outcome;
	}

	public Outcome outcome() {
		return this.outcome;
	}

}
