package nl.secondopinion.referral.request;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The assigned consultant took the case on, with the triage as it stands now.
 *
 * @param triageNote why, in the consultant's words (medical text: never in events)
 */
public record CaseAcceptance(UserReference by, Instant at, Triage triage, @Nullable String triageNote,
		@Nullable Instant triagedAt) {

	CaseAcceptance retriaged(Triage triage, @Nullable String note, Instant at) {
		return new CaseAcceptance(this.by, this.at, triage, note, at);
	}

}
