package nl.secondopinion.support.feign;

import org.jspecify.annotations.Nullable;

/**
 * A downstream service refused our call with a 4xx other than 408 and 429: a fault in our
 * call (body, token, audience), not a sign that the service is unhealthy. Circuit
 * breakers ignore it (each service lists its subclasses under {@code ignore-exceptions}),
 * and sending the same call again would not help.
 */
public class RejectedCallException extends RuntimeException {

	private final int status;

	private final @Nullable ReceivedProblem problem;

	protected RejectedCallException(String message, int status) {
		this(message, status, null);
	}

	/**
	 * @param problem the service's problem answer, when its decoder reads it (see
	 * {@link ServiceErrorDecoder.Refusals})
	 */
	protected RejectedCallException(String message, int status, @Nullable ReceivedProblem problem) {
		super(message, null, false, false);
		this.status = status;
		this.problem = problem;
	}

	public int status() {
		return this.status;
	}

	public @Nullable ReceivedProblem problem() {
		return this.problem;
	}

	/** 4xx other than 408 (timeout) and 429 (too many requests), which are about load. */
	public static boolean isOurFault(int status) {
		return status >= 400 && status < 500 && status != 408 && status != 429;
	}

}
