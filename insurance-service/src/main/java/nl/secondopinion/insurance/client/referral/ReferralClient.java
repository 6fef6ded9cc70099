package nl.secondopinion.insurance.client.referral;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

@FeignClient(name = "referral-service", url = "${secondopinion.insurance.referral.url}",
		configuration = ReferralClientConfiguration.class, fallbackFactory = ReferralFallbackFactory.class)
interface ReferralClient {

	@GetMapping(path = "/internal/requests/{requestId}/context", produces = MediaType.APPLICATION_JSON_VALUE)
	RequestContextAnswer context(@PathVariable("requestId") String requestId);

	/** Without {@code maxWaitingWeeks} when it is {@code null}: Feign leaves it out. */
	@GetMapping(path = "/internal/requests/{requestId}/candidates", produces = MediaType.APPLICATION_JSON_VALUE)
	List<ConsultantAnswer> candidates(@PathVariable("requestId") String requestId,
			@RequestParam(name = "maxWaitingWeeks", required = false) @Nullable Integer maxWaitingWeeks);

	/**
	 * The answer (the request's context after the assignment) is not read: a body we
	 * could not decode must not turn a done assignment into an error.
	 */
	@PostMapping(path = "/internal/requests/{requestId}/consultant", consumes = MediaType.APPLICATION_JSON_VALUE)
	void assignConsultant(@PathVariable("requestId") String requestId, @RequestBody AssignmentBody body);

	record AssignmentBody(String consultantId, String mediationId) {

	}

}
