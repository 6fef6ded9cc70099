package nl.secondopinion.insurance.estimate.web;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import nl.secondopinion.insurance.estimate.CoverageRules;
import nl.secondopinion.insurance.insurer.InsurerCatalog;
import nl.secondopinion.support.problem.ProblemException;
import nl.secondopinion.support.problem.ProblemTypes;

@RestController
class EstimateController {

	private final InsurerCatalog insurers;

	private final CoverageRules rules;

	EstimateController(InsurerCatalog insurers, CoverageRules rules) {
		this.insurers = insurers;
		this.rules = rules;
	}

	@Operation(summary = "Estimate coverage from the general rules",
			description = "Service accounts only (role platform-service): called by referral-service. 404 for an unknown insurer.")
	@PostMapping("/internal/coverage-estimates")
	EstimateResponse estimate(@Valid @RequestBody EstimateRequest request) {
		var insurer = this.insurers.find(request.insurerUzovi())
			.orElseThrow(() -> new ProblemException(ProblemTypes.problem(HttpStatus.NOT_FOUND, "unknown-insurer",
					"Unknown insurer", "No insurer with this UZOVI code is known to the platform.")));
		return EstimateResponse
			.from(this.rules.estimate(insurer, request.referralStatus(), Boolean.TRUE.equals(request.insuredAbroad())));
	}

}
