package nl.secondopinion.referral.client.insurance;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@FeignClient(name = "insurance-service", url = "${secondopinion.referral.insurance.url}",
		configuration = InsuranceClientConfiguration.class, fallbackFactory = InsuranceFallbackFactory.class)
interface InsuranceClient {

	/**
	 * The estimate from the request's own facts (referral, insured abroad, supplementary
	 * package), by the same rules as the coverage check.
	 */
	@GetMapping(path = "/internal/coverage/requests/{requestId}/estimate", produces = MediaType.APPLICATION_JSON_VALUE)
	CoverageEstimateAnswer estimateCoverage(@PathVariable("requestId") String requestId);

	/** The latest coverage decision on a request; 404 when no check exists. */
	@GetMapping(path = "/internal/coverage/requests/{requestId}", produces = MediaType.APPLICATION_JSON_VALUE)
	CoverageDecisionAnswer latestCoverage(@PathVariable("requestId") String requestId);

}
