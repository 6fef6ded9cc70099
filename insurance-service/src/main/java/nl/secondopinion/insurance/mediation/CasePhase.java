package nl.secondopinion.insurance.mediation;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Where the mediated request stands, for its desk: the request's status and first
 * submission, nothing medical.
 *
 * @param unavailable referral-service could not be read just now; status and submittedAt
 * are unknown
 */
public record CasePhase(@Nullable String status, @Nullable Instant submittedAt, boolean unavailable) {

	static final CasePhase UNAVAILABLE = new CasePhase(null, null, true);

	/** The request names another insurer now: its desk no longer follows it. */
	static final CasePhase NOT_SHOWN = new CasePhase(null, null, false);

	public boolean known() {
		return this.status != null;
	}

}
