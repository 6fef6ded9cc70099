package nl.secondopinion.insurance.mediation.web;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

import nl.secondopinion.insurance.mediation.CasePhase;
import nl.secondopinion.insurance.mediation.ContactPreference;
import nl.secondopinion.insurance.mediation.MediationRequest;
import nl.secondopinion.insurance.mediation.MediationStatus;
import nl.secondopinion.insurance.mediation.Outcome;
import nl.secondopinion.insurance.mediation.Proposal;
import nl.secondopinion.insurance.mediation.QuestionCategory;
import nl.secondopinion.insurance.mediation.WaitingWish;

/**
 * What mediator and patient see of a mediation: specialty, category, wishes, contact
 * preferences, proposals and outcome. There is no dossier content or report to leak: this
 * service never has any. A desk also sees the request's phase ({@code requestPhase}:
 * status and first submission), or {@code requestPhaseUnavailable: true} when
 * referral-service could not be read; patients see neither (they have the request
 * itself).
 */
record MediationResponse(String id, String requestId, String insurerUzovi, String specialty,
		QuestionCategory questionCategory, WaitingWish waitingWish, ContactPreference contactPreference,
		MediationStatus status, Instant requestedAt, Instant dueBy, @Nullable Instant firstProposalAt,
		List<Proposal> proposals, @Nullable Outcome outcome,
		@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable RequestPhase requestPhase,
		@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Boolean requestPhaseUnavailable) {

	static MediationResponse from(MediationRequest request) {
		return from(request, null);
	}

	static MediationResponse from(MediationRequest request, @Nullable CasePhase phase) {
		RequestPhase shown = (phase != null && phase.known()) ? new RequestPhase(phase.status(), phase.submittedAt())
				: null;
		Boolean unavailable = (phase != null && phase.unavailable()) ? Boolean.TRUE : null;
		return new MediationResponse(request.id(), request.requestId(), request.insurerUzovi(), request.specialty(),
				request.questionCategory(), request.waitingWish(), request.contactPreference(), request.status(),
				request.requestedAt(), request.dueBy(), request.firstProposalAt(), request.proposals(),
				request.outcome(), shown, unavailable);
	}

	record RequestPhase(@Nullable String status, @Nullable Instant submittedAt) {

	}

}
