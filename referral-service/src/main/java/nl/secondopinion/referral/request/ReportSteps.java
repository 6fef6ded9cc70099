package nl.secondopinion.referral.request;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The consultation and the report: the answers it owes, the advised transfer of care, the
 * patient's decision answers and follow-up questions.
 */
final class ReportSteps {

	private ReportSteps() {
	}

	static void recordConsultation(SecondOpinionRequest request, Actor consultant, Instant now) {
		RequestStatus to = Transitions.next(request.status, Step.RECORD_CONSULTATION);
		request.move(Step.RECORD_CONSULTATION, to, consultant, null, now);
		request.queue(EventType.CONSULTATION_RECORDED, now, consultantData(request),
				request.audience().patientSide().careTeam(false).consultant().intakeCoordinators());
	}

	static Map<String, String> consultantData(SecondOpinionRequest request) {
		AssignedConsultant assigned = request.consultant;
		return (assigned != null) ? Map.of("consultantId", assigned.consultantId()) : Map.of();
	}

	static void writeReport(SecondOpinionRequest request, Actor consultant, Report report, Instant now) {
		RequestStatus to = Transitions.next(request.status, Step.WRITE_REPORT);
		report.requireAnswers(askedQuestions(request));
		request.report = report;
		request.move(Step.WRITE_REPORT, to, consultant, null, now);
		// Neither outcome nor findings: who may read the report reads it behind the
		// login.
		request.queue(EventType.REPORT_AVAILABLE, now, Map.of(),
				request.audience().patientSide().careTeam(true).consultant());
		if (report.transferOfCareAdvised()) {
			RequestStatus transfer = Transitions.next(request.status, Step.PROPOSE_TRANSFER);
			request.move(Step.PROPOSE_TRANSFER, transfer, consultant, null, now);
			request.queue(EventType.TRANSFER_OF_CARE_PROPOSED, now, Map.of(),
					request.audience().patientSide().careTeam(true).consultant());
		}
	}

	static Set<AskedQuestion> askedQuestions(SecondOpinionRequest request) {
		Set<AskedQuestion> asked = EnumSet.of(AskedQuestion.PATIENT_QUESTION);
		Referral current = request.referral;
		if (current != null && current.status() == ReferralStatus.PRESENT && current.question() != null) {
			asked.add(AskedQuestion.REFERRAL_QUESTION);
		}
		return asked;
	}

	static void decideTransfer(SecondOpinionRequest request, Actor doctor, boolean accepted, @Nullable String note,
			Instant now) {
		RequestStatus to = Transitions.next(request.status, Step.DECIDE_TRANSFER);
		request.transferDecision = new TransferDecision(accepted, note, doctor.user(), now);
		Referrals.linkDoctor(request, doctor);
		request.move(Step.DECIDE_TRANSFER, to, doctor, accepted ? "TRANSFER_ACCEPTED" : "TRANSFER_DECLINED", now);
		request.queue(EventType.TRANSFER_OF_CARE_DECIDED, now, Map.of("accepted", Boolean.toString(accepted)),
				request.audience().patientSide().careTeam(true).consultant());
	}

	static void requireReportOpen(SecondOpinionRequest request, Step step) {
		if (request.status != RequestStatus.REPORTED && request.status != RequestStatus.TRANSFER_OF_CARE_PROPOSED) {
			throw new IllegalTransitionException(request.status, step);
		}
	}

	static void answerDecisionQuestions(SecondOpinionRequest request, Actor actor,
			Map<DecisionQuestion, String> answers, Set<DecisionQuestion> shared, Instant now) {
		requireReportOpen(request, Step.CLOSE);
		List<DecisionAnswer> updated = new ArrayList<>(
				request.decisionAnswers.stream().filter((answer) -> !answers.containsKey(answer.question())).toList());
		answers.forEach(
				(question, text) -> updated.add(new DecisionAnswer(question, text, now, shared.contains(question))));
		updated.sort(Comparator.comparing(DecisionAnswer::question));
		request.decisionAnswers = updated;
		request.log(now, actor, "DECISION_ANSWERS_SAVED", null, null, null);
	}

	static FollowUpQuestion askFollowUp(SecondOpinionRequest request, Actor actor, String text, int limit,
			Instant now) {
		requireReportOpen(request, Step.CLOSE);
		if (request.followUpQuestions.size() >= limit) {
			throw new RuleViolationException("follow-up-limit", "No more follow-up questions",
					"A request can have at most " + limit + " follow-up questions; discuss further questions with "
							+ "your own doctor.");
		}
		FollowUpQuestion question = new FollowUpQuestion(UUID.randomUUID().toString(), text, actor.user(), now, null,
				null, null);
		request.followUpQuestions.add(question);
		request.log(now, actor, "FOLLOW_UP_ASKED", null, null, null);
		request.queue(EventType.FOLLOW_UP_ASKED, now, Map.of("questionId", question.id()),
				request.audience().consultant());
		return question;
	}

	static FollowUpQuestion answerFollowUp(SecondOpinionRequest request, Actor consultant, String questionId,
			String text, Instant now) {
		requireReportOpen(request, Step.CLOSE);
		for (int i = 0; i < request.followUpQuestions.size(); i++) {
			FollowUpQuestion question = request.followUpQuestions.get(i);
			if (question.id().equals(questionId)) {
				FollowUpQuestion answered = question.answered(text, consultant.user(), now);
				if (question.answer() != null) {
					throw new RuleViolationException("follow-up-answered", "Already answered",
							"This follow-up question has been answered; its answer is an addendum to the report.");
				}
				request.followUpQuestions.set(i, answered);
				request.log(now, consultant, "FOLLOW_UP_ANSWERED", null, null, null);
				// The answer is an addendum to the report: everyone who reads the report
				// hears.
				request.queue(EventType.FOLLOW_UP_ANSWERED, now, Map.of("questionId", questionId),
						request.audience().patientSide().careTeam(true));
				return answered;
			}
		}
		throw new RequestNotFoundException();
	}

}
