package nl.secondopinion.referral.request;

import java.util.Map;

/** A step that the journey does not allow from the current status. */
public class IllegalTransitionException extends RuntimeException {

	private final RequestStatus current;

	private final Step step;

	public IllegalTransitionException(RequestStatus current, Step step) {
		super(step + " is not allowed from " + current, null, false, false);
		this.current = current;
		this.step = step;
	}

	public RequestStatus current() {
		return this.current;
	}

	public Step step() {
		return this.step;
	}

	/** The steps the journey allows from the current status instead. */
	public Map<Step, RequestStatus> allowed() {
		return Transitions.allowedFrom(this.current);
	}

}
