package nl.secondopinion.insurance.mediation;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** How a mediation ended. */
public record Outcome(Kind kind, @Nullable String consultantId, String recordedBy, Instant recordedAt) {

	public enum Kind {

		/** The patient chose one of the proposed consultants. */
		PROPOSAL_ACCEPTED,
		/** No consultant with a shorter wait could be found. */
		NO_SHORTER_WAIT_FOUND,
		/** The patient no longer needs mediation. */
		WITHDRAWN_BY_PATIENT

	}

}
