package nl.secondopinion.referral.client.insurance;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

@FeignClient(name = "insurance-service", url = "${secondopinion.referral.insurance.url}",
		configuration = InsuranceClientConfiguration.class, fallbackFactory = InsuranceFallbackFactory.class)
interface InsuranceClient {

	@PostMapping(path = "/internal/coverage-estimates", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	CoverageEstimateAnswer estimateCoverage(@RequestBody CoverageEstimateQuery query);

	/** The latest coverage decision on a request; 404 when no check exists. */
	@GetMapping(path = "/internal/coverage/requests/{requestId}", produces = MediaType.APPLICATION_JSON_VALUE)
	CoverageDecisionAnswer latestCoverage(@PathVariable("requestId") String requestId);

}
