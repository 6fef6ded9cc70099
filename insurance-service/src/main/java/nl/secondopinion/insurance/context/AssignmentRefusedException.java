package nl.secondopinion.insurance.context;

import org.jspecify.annotations.Nullable;

/**
 * referral-service refused to assign the consultant to the request.
 *
 * @param conflict the request is not in a step that allows it (it may have moved on, e.g.
 * because the same assignment already happened)
 * @param reason referral-service's problem slug, e.g. {@code not-independent}
 * @param detail referral-service's human sentence, fit to show a desk user
 */
public class AssignmentRefusedException extends RuntimeException {

	private final boolean conflict;

	private final String reason;

	private final @Nullable String detail;

	public AssignmentRefusedException(boolean conflict, String reason, @Nullable String detail) {
		super("Consultant assignment refused: " + reason, null, false, false);
		this.conflict = conflict;
		this.reason = reason;
		this.detail = detail;
	}

	public boolean conflict() {
		return this.conflict;
	}

	public String reason() {
		return this.reason;
	}

	public @Nullable String detail() {
		return this.detail;
	}

}
