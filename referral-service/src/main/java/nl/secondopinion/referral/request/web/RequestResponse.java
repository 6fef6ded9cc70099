package nl.secondopinion.referral.request.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import nl.secondopinion.referral.consultant.CareCostTeam;
import nl.secondopinion.referral.request.Appointment;
import nl.secondopinion.referral.request.AssignedConsultant;
import nl.secondopinion.referral.request.CaseAcceptance;
import nl.secondopinion.referral.request.CaseClock;
import nl.secondopinion.referral.request.ClinicalFacts;
import nl.secondopinion.referral.request.ClosingDecision;
import nl.secondopinion.referral.request.CoverageChoice;
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
import nl.secondopinion.referral.request.Triage;
import nl.secondopinion.referral.request.TreatingDoctor;

/**
 * A request as the caller may see it. The report itself is never part of it (see
 * {@code GET …/report}); the patient's own decision answers are shown to the patient side
 * (and to the own doctors only where the patient shared them), follow-up questions only
 * to those who may read the report; reasons and notes in the patient's or consultant's
 * words only to the patient side and the doctors.
 */
record RequestResponse(String id, RequestStatus status, String question, Reason reason, String specialty,
		@Nullable Insurer insurer, @Nullable TreatingDoctor treatingDoctor, boolean informTreatingDoctor,
		@Nullable GeneralPractitioner generalPractitioner, @Nullable ClinicalFacts facts, String owner,
		List<RepresentativeView> representatives, ReferralView referral, @Nullable SelfReferral selfReferral,
		boolean repeatRequest, boolean thirdOpinion, List<Warning> warnings, @Nullable Consultant consultant,
		@Nullable AcceptanceView acceptance, @Nullable List<DeclineView> declines,
		@Nullable CoverageChoiceView coverageChoice, @Nullable AppointmentView appointment, boolean reportAvailable,
		@Nullable TransferDecisionView transferDecision, @Nullable List<DecisionAnswer> decisionAnswers,
		@Nullable List<FollowUpQuestion> followUpQuestions, @Nullable ClosingView closing, CaseClock clock,
		List<String> yourRoles, List<NextStep> allowedNextSteps, Instant createdAt, Instant updatedAt) {

	static final Warning REIMBURSEMENT_UNLIKELY = new Warning("REIMBURSEMENT_UNLIKELY",
			"Zonder verwijzing vergoedt de basisverzekering een second opinion meestal niet. Controleer uw polis.",
			"Without a referral, basic insurance usually does not reimburse a second opinion. Check your policy.");

	static final Warning THIRD_OPINION = new Warning("THIRD_OPINION",
			"Dit is een derde mening over dezelfde vraag. U loopt het risico dat de derde arts weer een andere mening "
					+ "heeft; uw huisarts kan u helpen de adviezen te wegen.",
			"This is a third opinion on the same question. The third doctor may well hold yet another view; your GP "
					+ "can help you weigh the advice.");

	record Insurer(String uzovi, @Nullable String policyNumber, @Nullable String supplementaryPackage) {

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

	/**
	 * @param id the directory id: what the patient chose, and what a dossier grant takes
	 */
	record Consultant(String id, String name, String institution, String specialty,
			@Nullable CareCostTeam careCostTeam) {

	}

	record AcceptanceView(Instant acceptedAt, Triage triage, @Nullable String triageNote) {

	}

	record DeclineView(String consultantId, String reason, Instant at) {

	}

	record CoverageChoiceView(CoverageChoice.Kind choice, Instant at) {

	}

	record AppointmentView(Instant at, @Nullable String location, String scheduledBy, @Nullable String coverage,
			List<IntakeWarning> warnings) {

	}

	record TransferDecisionView(boolean accepted, @Nullable String note, String decidedBy, Instant decidedAt) {

	}

	/**
	 * @param ownDoctorResponsibleUntil for a transfer: the own doctor is responsible
	 * until this day
	 */
	record ClosingView(ClosingDecision.Kind decision, @Nullable LocalDate careTakenOverOn,
			@Nullable LocalDate ownDoctorResponsibleUntil, @Nullable String note, Instant at) {

	}

	record NextStep(String step, RequestStatus to) {

	}

	static RequestResponse of(RequestService.View view) {
		SecondOpinionRequest request = view.request();
		InsurerReference insurer = request.insurer();
		boolean personal = view.onPatientSide() || view.isOwnDoctor() || view.mayReadReport();
		return new RequestResponse(request.id(), request.status(), request.question().text(), request.reason(),
				request.specialty(),
				(insurer != null) ? new Insurer(insurer.uzovi(), insurer.policyNumber(), insurer.supplementaryPackage())
						: null,
				request.treatingDoctor(), request.informTreatingDoctor(), request.generalPractitioner(),
				request.facts(), request.patient().username(),
				request.representatives()
					.stream()
					.map((rep) -> new RepresentativeView(rep.username(), rep.consentGiven()))
					.toList(),
				referral(request.referral()),
				(request.selfReferredAt() != null) ? new SelfReferral(request.selfReferredAt(), REIMBURSEMENT_UNLIKELY)
						: null,
				request.repeatRequest(), request.thirdOpinion(), warnings(request), consultant(request.consultant()),
				acceptance(request.acceptance(), personal),
				view.onPatientSide() ? request.declines()
					.stream()
					.map((decline) -> new DeclineView(decline.consultantId(), decline.reason(), decline.at()))
					.toList() : null,
				(request.coverageChoice() != null)
						? new CoverageChoiceView(request.coverageChoice().kind(), request.coverageChoice().at()) : null,
				appointment(request.appointment()), request.report() != null, transfer(request.transferDecision()),
				decisionAnswers(view), view.mayReadReport() ? request.followUpQuestions() : null,
				closing(request.closing(), personal), view.clock(),
				view.relations().stream().map(Enum::name).sorted().toList(),
				Transitions.allowedFrom(request.status())
					.entrySet()
					.stream()
					.map((entry) -> new NextStep(entry.getKey().name(), entry.getValue()))
					.toList(),
				request.createdAt(), request.updatedAt());
	}

	private static ReferralView referral(@Nullable Referral referral) {
		return (referral != null)
				? new ReferralView(referral.status(), referral.by().username(), referral.byRole(), referral.question(),
						referral.refusalReason(), referral.decidedAt(), referral.validUntil())
				: new ReferralView(ReferralStatus.NONE, null, null, null, null, null, null);
	}

	private static List<Warning> warnings(SecondOpinionRequest request) {
		List<Warning> warnings = new ArrayList<>();
		if (request.selfReferredAt() != null) {
			warnings.add(REIMBURSEMENT_UNLIKELY);
		}
		if (request.thirdOpinion()) {
			warnings.add(THIRD_OPINION);
		}
		return warnings;
	}

	private static @Nullable Consultant consultant(@Nullable AssignedConsultant consultant) {
		return (consultant != null) ? new Consultant(consultant.consultantId(), consultant.name(),
				consultant.institution(), consultant.specialty(), consultant.careCostTeam()) : null;
	}

	private static @Nullable AcceptanceView acceptance(@Nullable CaseAcceptance acceptance, boolean personal) {
		return (acceptance != null)
				? new AcceptanceView(acceptance.at(), acceptance.triage(), personal ? acceptance.triageNote() : null)
				: null;
	}

	private static @Nullable AppointmentView appointment(@Nullable Appointment appointment) {
		return (appointment != null) ? new AppointmentView(appointment.at(), appointment.location(),
				appointment.scheduledBy().username(), appointment.coverage(), appointment.warnings()) : null;
	}

	private static @Nullable TransferDecisionView transfer(@Nullable TransferDecision transfer) {
		return (transfer != null) ? new TransferDecisionView(transfer.accepted(), transfer.note(),
				transfer.decidedBy().username(), transfer.decidedAt()) : null;
	}

	private static @Nullable List<DecisionAnswer> decisionAnswers(RequestService.View view) {
		if (view.onPatientSide()) {
			return view.request().decisionAnswers();
		}
		if (view.isOwnDoctor()) {
			return view.request().decisionAnswers().stream().filter(DecisionAnswer::sharedWithDoctor).toList();
		}
		return null;
	}

	private static @Nullable ClosingView closing(@Nullable ClosingDecision closing, boolean personal) {
		if (closing == null) {
			return null;
		}
		LocalDate until = (closing.careTakenOverOn() != null) ? closing.careTakenOverOn().minusDays(1) : null;
		return new ClosingView(closing.kind(), closing.careTakenOverOn(), until, personal ? closing.note() : null,
				closing.at());
	}

}
