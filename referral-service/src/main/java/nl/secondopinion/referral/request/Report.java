package nl.secondopinion.referral.request;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * The consultant's written second opinion: how it relates to the first (outcome), the
 * answer to each question asked, what it changes, the findings, alternatives and whether
 * a transfer of care is advised.
 *
 * @param impact {@code null} only on reports written before impact was recorded
 * @param transferAdvice why and where to, when a transfer of care is advised
 */
public record Report(ReportOutcome outcome, List<QuestionAnswer> answers, @Nullable ReportImpact impact,
		String findings, String recommendations, List<String> alternativeTreatmentOptions,
		boolean transferOfCareAdvised, @Nullable String transferAdvice, UserReference writtenBy, Instant writtenAt) {

	public Report {
		answers = (answers != null) ? List.copyOf(answers) : List.of();
		alternativeTreatmentOptions = List.copyOf(alternativeTreatmentOptions);
	}

	/**
	 * A report answers every question it was asked, each once, and no question that was
	 * not asked.
	 */
	void requireAnswers(Set<AskedQuestion> asked) {
		Set<AskedQuestion> answered = EnumSet.noneOf(AskedQuestion.class);
		for (QuestionAnswer answer : this.answers) {
			if (!answered.add(answer.question()) || !asked.contains(answer.question())) {
				throw new RuleViolationException("report-answers-invalid", "Answers do not match the questions",
						"Answer each question that was asked exactly once; " + answer.question()
								+ " was answered twice or was not asked.");
			}
		}
		Set<AskedQuestion> missing = EnumSet.noneOf(AskedQuestion.class);
		missing.addAll(asked);
		missing.removeAll(answered);
		if (!missing.isEmpty()) {
			throw new RuleViolationException("report-question-unanswered", "A question is not answered",
					"The report must answer every question that was asked; missing: "
							+ missing.stream().map(Enum::name).sorted().collect(Collectors.joining(", ")) + ".",
					Map.of("missing", missing.stream().map(Enum::name).sorted().toList()));
		}
		if (this.transferOfCareAdvised && (this.transferAdvice == null || this.transferAdvice.isBlank())) {
			throw new RuleViolationException("transfer-advice-missing", "Transfer advice missing",
					"When a transfer of care is advised, say why and to whom (transferAdvice).");
		}
	}

}
