package nl.secondopinion.dossier.client.referral;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@FeignClient(name = "referral-service", url = "${secondopinion.dossier.referral.url}",
		configuration = ReferralClientConfiguration.class, fallbackFactory = ReferralFallbackFactory.class)
interface ReferralClient {

	@GetMapping(path = "/internal/requests/{requestId}/context", produces = MediaType.APPLICATION_JSON_VALUE)
	RequestContextAnswer context(@PathVariable("requestId") String requestId);

}
