package nl.secondopinion.support.deadevent;

import org.jspecify.annotations.Nullable;

import nl.secondopinion.support.feign.ReceivedProblem;
import nl.secondopinion.support.feign.RejectedCallException;

/**
 * The receiver refused an event (a 4xx other than 408 and 429): sending it again will not
 * help until somebody removed the cause. A service's event sender throws it with the
 * event's JSON exactly as sent, so the relay can park it in {@link DeadEvents}.
 */
public class EventRefusedException extends RuntimeException {

	private final int status;

	private final @Nullable ReceivedProblem problem;

	private final String eventJson;

	public EventRefusedException(RejectedCallException refusal, String eventJson) {
		this(refusal.status(), refusal.problem(), eventJson);
	}

	public EventRefusedException(int status, @Nullable ReceivedProblem problem, String eventJson) {
		// The message goes to logs: the status only, never the event.
		super("The receiver refused the event with status " + status, null, false, false);
		this.status = status;
		this.problem = problem;
		this.eventJson = eventJson;
	}

	public int status() {
		return this.status;
	}

	public @Nullable ReceivedProblem problem() {
		return this.problem;
	}

	public String eventJson() {
		return this.eventJson;
	}

}
