package nl.secondopinion.referral.request;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import nl.secondopinion.referral.consultant.Consultant;

/**
 * The consultant: chosen by the patient (or through the insurer's desk), who accepts or
 * declines and triages; the patient may ask for a new examination.
 */
final class ConsultantSteps {

	private ConsultantSteps() {
	}

	static void assignConsultant(SecondOpinionRequest request, Actor actor, Consultant consultant, Instant now) {
		RequestStatus to = Transitions.next(request.status, Step.ASSIGN_CONSULTANT);
		if (request.hasDeclined(consultant.id())) {
			throw new RuleViolationException("consultant-declined", "Consultant declined",
					"This consultant declined the case; choose another one.");
		}
		request.consultant = new AssignedConsultant(consultant.id(), consultant.userId(), consultant.name(),
				consultant.institution(), consultant.specialty(), consultant.careCostTeam());
		request.acceptance = null;
		request.move(Step.ASSIGN_CONSULTANT, to, actor, null, now);
		request.queue(EventType.CONSULTANT_ASSIGNED, now, Map.of("consultantId", consultant.id()),
				request.audience().patientSide().careTeam(false).consultant().intakeCoordinators());
	}

	static void acceptCase(SecondOpinionRequest request, Actor consultant, Triage triage, @Nullable String note,
			Instant now) {
		RequestStatus to = Transitions.next(request.status, Step.ACCEPT_CASE);
		request.acceptance = new CaseAcceptance(consultant.user(), now, triage, note, now);
		request.move(Step.ACCEPT_CASE, to, consultant, null, now);
		request.queue(EventType.CONSULTANT_ACCEPTED, now,
				Map.of("consultantId", consultantId(request), "triage", triage.name()),
				request.audience().patientSide().careTeam(false).intakeCoordinators());
	}

	static void declineCase(SecondOpinionRequest request, Actor consultant, String reason, Instant now) {
		RequestStatus to = Transitions.next(request.status, Step.DECLINE_CASE);
		String declined = consultantId(request);
		Audience told = request.audience().patientSide().intakeCoordinators();
		request.declines.add(new ConsultantDecline(declined, reason, consultant.user(), now));
		request.consultant = null;
		request.acceptance = null;
		request.move(Step.DECLINE_CASE, to, consultant, reason, now);
		request.queue(EventType.CONSULTANT_DECLINED, now, Map.of("consultantId", declined), told);
	}

	static void triage(SecondOpinionRequest request, Actor actor, Triage triage, @Nullable String note, Instant now) {
		CaseAcceptance accepted = request.acceptance;
		if (accepted == null || (request.status != RequestStatus.CASE_ACCEPTED
				&& request.status != RequestStatus.APPOINTMENT_SCHEDULED)) {
			throw new IllegalTransitionException(request.status, Step.ACCEPT_CASE);
		}
		request.acceptance = accepted.retriaged(triage, note, now);
		request.log(now, actor, "TRIAGE_" + triage.name(), null, null, null);
	}

	static void requestNewExamination(SecondOpinionRequest request, Actor actor, String reason, Instant now) {
		if (request.acceptance == null || request.status.isFinal() || request.report != null) {
			throw new IllegalTransitionException(request.status, Step.ACCEPT_CASE);
		}
		request.newExaminationRequests.add(new NewExaminationRequest(reason, actor.user(), now));
		request.log(now, actor, "NEW_EXAMINATION_REQUESTED", null, null, null);
		request.queue(EventType.NEW_EXAMINATION_REQUESTED, now, Map.of(),
				request.audience().consultant().intakeCoordinators());
	}

	static String consultantId(SecondOpinionRequest request) {
		return Objects.requireNonNull(request.consultant).consultantId();
	}

}
