package nl.secondopinion.referral.client.dossier;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@FeignClient(name = "dossier-service", url = "${secondopinion.referral.dossier.url}",
		configuration = DossierClientConfiguration.class, fallbackFactory = DossierFallbackFactory.class)
interface DossierClient {

	@GetMapping(path = "/internal/dossiers/{requestId}/checklist", produces = MediaType.APPLICATION_JSON_VALUE)
	ChecklistAnswer checklist(@PathVariable("requestId") String requestId);

}
