package nl.secondopinion.e2e;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlatformHealthE2E {

	@Test
	void whenStackIsUp_thenGatewayAndEveryServiceAreReady() {
		for (String base : List.of(Stack.GATEWAY, Stack.REFERRAL, Stack.DOSSIER, Stack.INSURANCE, Stack.NOTIFICATION)) {
			HttpResponse<String> response = Http.send(Http.request(base + "/actuator/health/readiness").GET());

			assertThat(response.statusCode()).as(base).isEqualTo(200);
			assertThat(response.body()).contains("UP");
		}
	}

	@Test
	void whenStackIsUp_thenSwaggerUiListsEveryServiceDocument() {
		for (String service : List.of("referral-service", "dossier-service", "insurance-service",
				"notification-service")) {
			HttpResponse<String> response = Http.send(Http.request(Stack.GATEWAY + "/v3/api-docs/" + service).GET());

			assertThat(response.statusCode()).as(service).isEqualTo(200);
			assertThat(response.body()).contains("\"openapi\"");
		}
	}

}
