package nl.secondopinion.insurance.estimate.web;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import nl.secondopinion.insurance.estimate.CoverageRules;
import nl.secondopinion.insurance.estimate.RequestEstimates;
import nl.secondopinion.insurance.insurer.InsurerCatalog;
import nl.secondopinion.support.problem.ProblemException;
import nl.secondopinion.support.problem.ProblemTypes;

@RestController
@SuppressWarnings("deprecation") // the POST stays until referral-service has moved
class EstimateController {

	private final InsurerCatalog insurers;

	private final CoverageRules rules;

	private final RequestEstimates estimates;

	EstimateController(InsurerCatalog insurers, CoverageRules rules, RequestEstimates estimates) {
		this.insurers = insurers;
		this.rules = rules;
		this.estimates = estimates;
	}

	@Operation(summary = "Estimate a request's coverage from its own facts",
			description = "Service accounts only (role platform-service): called by referral-service. Reads the "
					+ "request's context (referral, insured abroad, the supplementary package as the patient "
					+ "stated it, the treating doctor's level) and applies the coverage check's own rules, before "
					+ "asking the insurer: insured abroad is UNCERTAIN with CONTACT_CARE_COST_TEAM here as in the "
					+ "check. basis is REQUEST_FACTS. 404 request-not-found; 422 insurer-missing or "
					+ "unknown-insurer; 502 referral-call-failed; 503 referral-unavailable.")
	@GetMapping("/internal/coverage/requests/{requestId}/estimate")
	EstimateResponse forRequest(@PathVariable String requestId) {
		return EstimateResponse.from(this.estimates.forRequest(requestId));
	}

	@Operation(summary = "Estimate coverage from the general rules (deprecated)", deprecated = true,
			description = "Deprecated: use GET /internal/coverage/requests/{requestId}/estimate, which knows the "
					+ "request's facts and agrees with the coverage check. This one knows only the referral status "
					+ "(and insuredAbroad when sent) and stays until referral-service has moved. Service accounts "
					+ "only (role platform-service). 404 for an unknown insurer.")
	@PostMapping("/internal/coverage-estimates")
	EstimateResponse estimate(@Valid @RequestBody EstimateRequest request) {
		var insurer = this.insurers.find(request.insurerUzovi())
			.orElseThrow(() -> new ProblemException(ProblemTypes.problem(HttpStatus.NOT_FOUND, "unknown-insurer",
					"Unknown insurer", "No insurer with this UZOVI code is known to the platform.")));
		return EstimateResponse
			.from(this.rules.estimate(insurer, request.referralStatus(), Boolean.TRUE.equals(request.insuredAbroad())));
	}

}
