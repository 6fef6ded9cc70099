package nl.secondopinion.insurance.client.referral;

import java.util.List;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@FeignClient(name = "referral-service", url = "${secondopinion.insurance.referral.url}",
		configuration = ReferralClientConfiguration.class, fallbackFactory = ReferralFallbackFactory.class)
interface ReferralClient {

	@GetMapping(path = "/internal/requests/{requestId}/context", produces = MediaType.APPLICATION_JSON_VALUE)
	RequestContextAnswer context(@PathVariable("requestId") String requestId);

	@GetMapping(path = "/internal/consultants", produces = MediaType.APPLICATION_JSON_VALUE)
	List<ConsultantAnswer> consultants(@RequestParam("specialty") String specialty);

}
