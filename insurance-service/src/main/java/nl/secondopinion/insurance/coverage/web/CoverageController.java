package nl.secondopinion.insurance.coverage.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import nl.secondopinion.insurance.coverage.CoverageCheck;
import nl.secondopinion.insurance.coverage.CoverageService;
import nl.secondopinion.insurance.privacy.Bsn;
import nl.secondopinion.support.problem.ProblemException;
import nl.secondopinion.support.problem.ProblemTypes;
import nl.secondopinion.support.security.CurrentUser;

@RestController
class CoverageController {

	private final CoverageService coverage;

	CoverageController(CoverageService coverage) {
		this.coverage = coverage;
	}

	@Operation(summary = "Check coverage of a second opinion with the patient's insurer",
			description = "The patient, a representative with consent, or the platform (platform-service) on their "
					+ "behalf. 201 with the decision; PENDING when the insurer cannot be reached (a re-check "
					+ "completes it). 400 for a citizen service number that fails the eleven-test; 404 for a "
					+ "request the caller may not act on; 422 when the request names no known insurer; 503 when "
					+ "referral-service is unavailable.")
	@PostMapping("/api/coverage/checks")
	ResponseEntity<CheckResponse> check(@Valid @RequestBody CheckRequest request, @AuthenticationPrincipal Jwt jwt) {
		Bsn bsn = Bsn.parse(request.bsn()).orElseThrow(CoverageController::invalidBsn);
		CoverageCheck check = this.coverage.check(request.requestId(), bsn, CurrentUser.from(jwt));
		return ResponseEntity.created(URI.create("/api/coverage/checks/" + check.id())).body(CheckResponse.from(check));
	}

	@Operation(summary = "Read a coverage check",
			description = "The patient and representatives with consent, the mediators of the check's insurer, "
					+ "and the platform. 404 for anybody else.")
	@GetMapping("/api/coverage/checks/{checkId}")
	CheckResponse get(@PathVariable String checkId, @AuthenticationPrincipal Jwt jwt) {
		return CheckResponse.from(this.coverage.find(checkId, CurrentUser.from(jwt)));
	}

	@Operation(summary = "The current coverage decision of a request",
			description = "Service accounts only (platform-service), e.g. referral-service's appointment gate. "
					+ "The latest check's facts (referral, insurer, insured abroad, supplementary package, treating "
					+ "doctor's level) are compared with the request's current context first; when they changed, "
					+ "the decision is taken again as a new check before answering. recheckNeeded is true when "
					+ "they changed but no new decision was possible. 404 request-not-found or "
					+ "coverage-check-not-found; 503 when referral-service is unavailable.")
	@GetMapping("/internal/coverage/requests/{requestId}")
	LatestDecision latest(@PathVariable String requestId, @AuthenticationPrincipal Jwt jwt) {
		return LatestDecision.from(this.coverage.current(requestId, CurrentUser.from(jwt)));
	}

	@Operation(summary = "The patient's current coverage decision for a request",
			description = "The patient, a representative with consent, or the platform. The latest check, decided "
					+ "again first when the request's facts changed since (see the internal read). 404 "
					+ "request-not-found for a request the caller may not act on, coverage-check-not-found when "
					+ "there is no check yet; 503 when referral-service is unavailable.")
	@GetMapping("/api/coverage/requests/{requestId}/latest")
	CheckResponse current(@PathVariable String requestId, @AuthenticationPrincipal Jwt jwt) {
		return CheckResponse.from(this.coverage.current(requestId, CurrentUser.from(jwt)));
	}

	private static ProblemException invalidBsn() {
		var problem = ProblemTypes.problem(HttpStatus.BAD_REQUEST, "invalid-bsn", "Invalid citizen service number",
				"The citizen service number (BSN) must be 9 digits and pass the eleven-test.");
		problem.setProperty("errors", List.of(Map.of("field", "bsn", "message", "must be a valid BSN")));
		return new ProblemException(problem);
	}

}
