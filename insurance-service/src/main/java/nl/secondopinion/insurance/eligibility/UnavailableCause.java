package nl.secondopinion.insurance.eligibility;

/** Why an insurer gave no usable answer. */
public enum UnavailableCause {

	/** No answer within the configured time. */
	TIMEOUT,
	/** The insurer answered with a server error, or the connection failed. */
	INSURER_ERROR,
	/**
	 * The circuit breaker is open after repeated failures: the insurer was not called.
	 */
	BREAKER_OPEN,
	/** Too many calls to this insurer at once: the insurer was not called. */
	BUSY,
	/** The insurer answered something that is not a valid eligibility answer. */
	UNREADABLE_ANSWER,
	/** The insurer refused our call as malformed: a fault to fix on our side. */
	REJECTED,
	/** The platform has no eligibility connection for this insurer. */
	NOT_CONNECTED

}
