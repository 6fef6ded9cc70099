package nl.secondopinion.insurance.mediation;

import org.jspecify.annotations.Nullable;

/** A desk tried to propose a consultant the patient may not choose for the request. */
public class ConsultantNotCandidateException extends RuntimeException {

	private final String consultantId;

	private final @Nullable Integer maxWaitingWeeks;

	ConsultantNotCandidateException(String consultantId, @Nullable Integer maxWaitingWeeks) {
		super("Consultant is no candidate of the request", null, false, false);
		this.consultantId = consultantId;
		this.maxWaitingWeeks = maxWaitingWeeks;
	}

	public String consultantId() {
		return this.consultantId;
	}

	public @Nullable Integer maxWaitingWeeks() {
		return this.maxWaitingWeeks;
	}

}
