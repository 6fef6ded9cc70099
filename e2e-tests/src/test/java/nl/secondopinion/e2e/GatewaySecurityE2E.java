package nl.secondopinion.e2e;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GatewaySecurityE2E {

	private static void assertProblem(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).get()
			.asString()
			.startsWith("application/problem+json");
		assertThat(Http.json(response).get("status").asInt()).isEqualTo(status);
		assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
	}

	@Nested
	class Tokens {

		@Test
		void whenNoToken_thenGatewayAnswers401Problem() {
			HttpResponse<String> response = Http.send(Http.request(Stack.GATEWAY + "/api/requests").GET());

			assertProblem(response, 401);
			assertThat(response.headers().firstValue("WWW-Authenticate")).get().asString().startsWith("Bearer");
		}

		@Test
		void whenTokenSignatureForged_thenGatewayAnswers401() {
			String token = Keycloak.userToken("anna");
			String forged = token.substring(0, token.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";

			assertProblem(Http.get(Stack.GATEWAY + "/api/requests", forged), 401);
		}

		@Test
		void whenTokenIssuedForAnotherAudience_thenGatewayRefusesIt() {
			String serviceToken = Keycloak.serviceToken("insurance-service");
			assertThat(Keycloak.claims(serviceToken).get("aud").toString()).doesNotContain("\"gateway\"");

			assertProblem(Http.get(Stack.GATEWAY + "/api/requests", serviceToken), 401);
		}

		@Test
		void whenServiceTokenLacksTheServiceAudience_thenTheServiceItselfRefusesIt() {
			String estimate = "{\"insurerUzovi\":\"3311\",\"referralStatus\":\"NONE\"}";
			String url = Stack.INSURANCE + "/internal/coverage-estimates";

			assertThat(Http.postJson(url, Keycloak.serviceToken("referral-service"), estimate).statusCode())
				.isEqualTo(200);
			assertProblem(Http.postJson(url, Keycloak.serviceToken("notification-service"), estimate), 401);
		}

		@Test
		void whenPatientTokenUsedOnServiceToServiceEndpoint_thenForbidden() {
			String estimate = "{\"insurerUzovi\":\"3311\",\"referralStatus\":\"NONE\"}";

			assertProblem(Http.postJson(Stack.INSURANCE + "/internal/coverage-estimates", Keycloak.userToken("anna"),
					estimate), 403);
		}

	}

	@Nested
	class Routing {

		@Test
		void whenPathNotRouted_thenGatewayAnswers404Problem() {
			assertProblem(Http.get(Stack.GATEWAY + "/api/unknown-things", Keycloak.userToken("anna")), 404);
		}

		@Test
		void whenInternalEndpointAskedThroughGateway_thenItIsNotReachable() {
			HttpResponse<String> response = Http.postJson(Stack.GATEWAY + "/internal/coverage-estimates",
					Keycloak.userToken("anna"), "{\"insurerUzovi\":\"3311\",\"referralStatus\":\"NONE\"}");

			assertThat(response.statusCode()).isIn(401, 403, 404);
		}

	}

	@Nested
	class Correlation {

		@Test
		void whenClientSendsCorrelationId_thenItComesBackFromTheService() {
			HttpResponse<String> response = Http.send(Http.request(Stack.GATEWAY + "/api/requests")
				.header("Authorization", "Bearer " + Keycloak.userToken("anna"))
				.header("X-Correlation-ID", "e2e-correlation-0001")
				.GET());

			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.headers().allValues("X-Correlation-ID")).containsExactly("e2e-correlation-0001");
		}

		@Test
		void whenClientSendsNone_thenGatewayGeneratesOneAndPutsItInProblems() {
			HttpResponse<String> response = Http.send(Http.request(Stack.GATEWAY + "/api/requests").GET());

			String correlationId = response.headers().firstValue("X-Correlation-ID").orElseThrow();
			assertThat(correlationId).hasSizeGreaterThanOrEqualTo(8);
			assertThat(Http.json(response).get("correlationId").asString()).isEqualTo(correlationId);
		}

	}

}
