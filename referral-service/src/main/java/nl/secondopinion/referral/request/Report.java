package nl.secondopinion.referral.request;

import java.time.Instant;
import java.util.List;

/** The consultant's written second opinion. */
public record Report(ReportOutcome outcome, String findings, String recommendations,
		List<String> alternativeTreatmentOptions, boolean transferOfCareAdvised, UserReference writtenBy,
		Instant writtenAt) {

	public Report {
		alternativeTreatmentOptions = List.copyOf(alternativeTreatmentOptions);
	}

}
