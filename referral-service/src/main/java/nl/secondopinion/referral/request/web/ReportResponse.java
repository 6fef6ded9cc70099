package nl.secondopinion.referral.request.web;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import nl.secondopinion.referral.request.FollowUpQuestion;
import nl.secondopinion.referral.request.QuestionAnswer;
import nl.secondopinion.referral.request.Report;
import nl.secondopinion.referral.request.ReportImpact;
import nl.secondopinion.referral.request.ReportOutcome;
import nl.secondopinion.referral.request.RequestStatus;
import nl.secondopinion.referral.request.SecondOpinionRequest;

/**
 * The report as its readers see it, with the questions it answers and the answered
 * follow-up questions as addenda.
 */
record ReportResponse(String requestId, RequestStatus status, ReportOutcome outcome, List<Answer> answers,
		@Nullable ReportImpact impact, String findings, String recommendations,
		List<String> alternativeTreatmentOptions, boolean transferOfCareAdvised, @Nullable String transferAdvice,
		List<Addendum> addenda, String writtenBy, Instant writtenAt) {

	/** One question that was asked, in its own words, and the consultant's answer. */
	record Answer(String question, String asked, String answer) {

	}

	record Addendum(String questionId, String question, String answer, Instant answeredAt) {

	}

	static ReportResponse of(SecondOpinionRequest request) {
		Report report = Objects.requireNonNull(request.report());
		return new ReportResponse(request.id(), request.status(), report.outcome(),
				report.answers().stream().map((answer) -> answer(request, answer)).toList(), report.impact(),
				report.findings(), report.recommendations(), report.alternativeTreatmentOptions(),
				report.transferOfCareAdvised(), report.transferAdvice(), addenda(request),
				report.writtenBy().username(), report.writtenAt());
	}

	private static Answer answer(SecondOpinionRequest request, QuestionAnswer answer) {
		String asked = switch (answer.question()) {
			case PATIENT_QUESTION -> request.question().text();
			case REFERRAL_QUESTION -> (request.referral() != null && request.referral().question() != null)
					? request.referral().question() : "";
		};
		return new Answer(answer.question().name(), asked, answer.answer());
	}

	private static List<Addendum> addenda(SecondOpinionRequest request) {
		return request.followUpQuestions()
			.stream()
			.filter((question) -> question.answer() != null && question.answeredAt() != null)
			.map(ReportResponse::addendum)
			.toList();
	}

	private static Addendum addendum(FollowUpQuestion question) {
		return new Addendum(question.id(), question.question(), Objects.requireNonNull(question.answer()),
				Objects.requireNonNull(question.answeredAt()));
	}

}
