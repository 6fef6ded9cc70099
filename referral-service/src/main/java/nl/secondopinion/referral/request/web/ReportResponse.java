package nl.secondopinion.referral.request.web;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import nl.secondopinion.referral.request.Report;
import nl.secondopinion.referral.request.ReportOutcome;
import nl.secondopinion.referral.request.RequestStatus;
import nl.secondopinion.referral.request.SecondOpinionRequest;

record ReportResponse(String requestId, RequestStatus status, ReportOutcome outcome, String findings,
		String recommendations, List<String> alternativeTreatmentOptions, boolean transferOfCareAdvised,
		String writtenBy, Instant writtenAt) {

	static ReportResponse of(SecondOpinionRequest request) {
		Report report = Objects.requireNonNull(request.report());
		return new ReportResponse(request.id(), request.status(), report.outcome(), report.findings(),
				report.recommendations(), report.alternativeTreatmentOptions(), report.transferOfCareAdvised(),
				report.writtenBy().username(), report.writtenAt());
	}

}
