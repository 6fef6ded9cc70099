package nl.secondopinion.referral.request;

import java.util.Map;

/** A step that the journey does not allow from the current status. */
public class IllegalTransitionException extends RuntimeException {

	private final RequestStatus current;

	private final Step step;

	private final Map<Step, RequestStatus> allowed;

	public IllegalTransitionException(RequestStatus current, Step step, Map<Step, RequestStatus> allowed) {
		super(step + " is not allowed from " + current, null, false, false);
		this.current = current;
		this.step = step;
		this.allowed = Map.copyOf(allowed);
	}

	public RequestStatus current() {
		return this.current;
	}

	public Step step() {
		return this.step;
	}

	public Map<Step, RequestStatus> allowed() {
		return this.allowed;
	}

}
