package nl.secondopinion.insurance.client.insurer;

import nl.secondopinion.insurance.eligibility.UnavailableCause;
import nl.secondopinion.support.feign.RejectedCallException;

/**
 * Every way an eligibility call can fail, with the cause it is reported as, besides a
 * refusal ({@link Rejected}) and a valid "not insured" ({@link NotInsured}). Which of
 * them the circuit breaker counts and the retry repeats is configured in application.yml.
 */
class InsurerFailure extends RuntimeException {

	private final UnavailableCause cause;

	InsurerFailure(UnavailableCause cause, String message) {
		super(message, null, false, false);
		this.cause = cause;
	}

	UnavailableCause unavailableCause() {
		return this.cause;
	}

	/** 5xx, 429 or a failed connection: transient, retried with backoff, counted. */
	static class ServerError extends InsurerFailure {

		ServerError(String message) {
			super(UnavailableCause.INSURER_ERROR, message);
		}

	}

	/** No answer in time: counted, not retried (a retry would only double the wait). */
	static class Timeout extends InsurerFailure {

		Timeout() {
			super(UnavailableCause.TIMEOUT, "No answer in time");
		}

	}

	/** Not a valid eligibility answer: counted, not retried. */
	static class Unreadable extends InsurerFailure {

		Unreadable(String message) {
			super(UnavailableCause.UNREADABLE_ANSWER, message);
		}

	}

	/**
	 * The insurer refused our call (4xx): our fault, neither counted nor retried. A
	 * platform-wide {@link RejectedCallException} rather than an {@link InsurerFailure};
	 * it is reported as {@link UnavailableCause#REJECTED}.
	 */
	static class Rejected extends RejectedCallException {

		Rejected(int status) {
			super("Refused with status " + status, status);
		}

	}

	/**
	 * A valid answer: this person is not insured on the date. Neither counted nor
	 * retried.
	 */
	static class NotInsured extends RuntimeException {

		NotInsured() {
			super("Not insured", null, false, false);
		}

	}

}
