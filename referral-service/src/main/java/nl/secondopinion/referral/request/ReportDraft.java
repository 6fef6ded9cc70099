package nl.secondopinion.referral.request;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** What the consultant writes; the request checks it against the questions asked. */
public record ReportDraft(ReportOutcome outcome, List<QuestionAnswer> answers, ReportImpact impact, String findings,
		String recommendations, List<String> alternativeTreatmentOptions, boolean transferOfCareAdvised,
		@Nullable String transferAdvice) {

	Report toReport(UserReference by, Instant now) {
		return new Report(this.outcome, this.answers, this.impact, this.findings, this.recommendations,
				this.alternativeTreatmentOptions, this.transferOfCareAdvised, this.transferAdvice, by, now);
	}

}
