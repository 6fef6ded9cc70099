package nl.secondopinion.referral.request.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import nl.secondopinion.referral.request.Appointment;
import nl.secondopinion.referral.request.AssignedConsultant;
import nl.secondopinion.referral.request.ClinicalFacts;
import nl.secondopinion.referral.request.DecisionAnswer;
import nl.secondopinion.referral.request.FollowUpQuestion;
import nl.secondopinion.referral.request.GeneralPractitioner;
import nl.secondopinion.referral.request.InsurerReference;
import nl.secondopinion.referral.request.IntakeWarning;
import nl.secondopinion.referral.request.Reason;
import nl.secondopinion.referral.request.Referral;
import nl.secondopinion.referral.request.ReferralStatus;
import nl.secondopinion.referral.request.RequestService;
import nl.secondopinion.referral.request.RequestStatus;
import nl.secondopinion.referral.request.SecondOpinionRequest;
import nl.secondopinion.referral.request.TransferDecision;
import nl.secondopinion.referral.request.Transitions;
import nl.secondopinion.referral.request.TreatingDoctor;

/**
 * A request as the caller may see it. The report itself is never part of it (see
 * {@code GET …/report}); the patient's own decision answers are shown to the patient side
 * only, follow-up questions only to those who may read the report.
 */
record RequestResponse(String id, RequestStatus status, String question, Reason reason, String specialty,
		@Nullable Insurer insurer, @Nullable TreatingDoctor treatingDoctor,
		@Nullable GeneralPractitioner generalPractitioner, @Nullable ClinicalFacts facts, String owner,
		List<RepresentativeView> representatives, ReferralView referral, @Nullable SelfReferral selfReferral,
		boolean repeatRequest, boolean thirdOpinion, @Nullable Consultant consultant,
		@Nullable Instant uncertainCoverageAcceptedAt, @Nullable AppointmentView appointment, boolean reportAvailable,
		@Nullable TransferDecisionView transferDecision, @Nullable List<DecisionAnswer> decisionAnswers,
		@Nullable List<FollowUpQuestion> followUpQuestions, List<String> yourRoles, List<NextStep> allowedNextSteps,
		Instant createdAt, Instant updatedAt) {

	static final Warning REIMBURSEMENT_UNLIKELY = new Warning("REIMBURSEMENT_UNLIKELY",
			"Zonder verwijzing vergoedt de basisverzekering een second opinion meestal niet. Controleer uw polis.",
			"Without a referral, basic insurance usually does not reimburse a second opinion. Check your policy.");

	record Insurer(String uzovi, @Nullable String policyNumber) {

	}

	record RepresentativeView(String username, boolean consentGiven) {

	}

	record ReferralView(ReferralStatus status, @Nullable String by, @Nullable String byRole, @Nullable String question,
			@Nullable String refusalReason, @Nullable Instant decidedAt, @Nullable LocalDate validUntil) {

	}

	record Warning(String code, String nl, String en) {

	}

	record SelfReferral(Instant at, Warning warning) {

	}

	record Consultant(String id, String name, String institution, String specialty) {

	}

	record AppointmentView(Instant at, @Nullable String location, String scheduledBy, @Nullable String coverage,
			List<IntakeWarning> warnings) {

	}

	record TransferDecisionView(boolean accepted, @Nullable String note, String decidedBy, Instant decidedAt) {

	}

	record NextStep(String step, RequestStatus to) {

	}

	static RequestResponse of(RequestService.View view) {
		SecondOpinionRequest request = view.request();
		InsurerReference insurer = request.insurer();
		Referral referral = request.referral();
		AssignedConsultant consultant = request.consultant();
		Appointment appointment = request.appointment();
		TransferDecision transfer = request.transferDecision();
		return new RequestResponse(request.id(), request.status(), request.question().text(), request.reason(),
				request.specialty(), (insurer != null) ? new Insurer(insurer.uzovi(), insurer.policyNumber()) : null,
				request.treatingDoctor(), request.generalPractitioner(), request.facts(), request.patient().username(),
				request.representatives()
					.stream()
					.map((rep) -> new RepresentativeView(rep.username(), rep.consentGiven()))
					.toList(),
				(referral != null) ? new ReferralView(referral.status(), referral.by().username(), referral.byRole(),
						referral.question(), referral.refusalReason(), referral.decidedAt(), referral.validUntil())
						: new ReferralView(ReferralStatus.NONE, null, null, null, null, null, null),
				(request.selfReferredAt() != null)
						? new SelfReferral(request.selfReferredAt(), REIMBURSEMENT_UNLIKELY) : null,
				request.repeatRequest(), request.thirdOpinion(),
				(consultant != null) ? new Consultant(consultant.consultantId(), consultant.name(),
						consultant.institution(), consultant.specialty()) : null,
				request.uncertainCoverageAcceptedAt(),
				(appointment != null) ? new AppointmentView(appointment.at(), appointment.location(),
						appointment.scheduledBy().username(), appointment.coverage(), appointment.warnings()) : null,
				request.report() != null,
				(transfer != null) ? new TransferDecisionView(transfer.accepted(), transfer.note(),
						transfer.decidedBy().username(), transfer.decidedAt()) : null,
				view.onPatientSide() ? request.decisionAnswers() : null,
				view.mayReadReport() ? request.followUpQuestions() : null,
				view.relations().stream().map(Enum::name).sorted().toList(),
				Transitions.allowedFrom(request.status())
					.entrySet()
					.stream()
					.map((entry) -> new NextStep(entry.getKey().name(), entry.getValue()))
					.toList(),
				request.createdAt(), request.updatedAt());
	}

}
