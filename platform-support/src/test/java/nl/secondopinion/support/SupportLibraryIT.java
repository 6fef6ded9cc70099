package nl.secondopinion.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs a service built on the library in a real servlet container with real signed
 * tokens, so the issuer, audience, expiry and signature checks and the problem answers
 * are the ones users get.
 */
@SpringBootTest(classes = SupportTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.application.name=test-service", "logging.structured.format.console=" })
class SupportLibraryIT {

	private static final TestTokenIssuer issuer = new TestTokenIssuer();

	private static final WireMockServer keycloak = startKeycloak();

	private static final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	private static WireMockServer startKeycloak() {
		WireMockServer server = new WireMockServer(options().dynamicPort());
		server.start();
		server.stubFor(get("/realms/secondopinion/protocol/openid-connect/certs").willReturn(okJson(issuer.jwks())));
		return server;
	}

	@DynamicPropertySource
	static void keycloak(DynamicPropertyRegistry registry) {
		registry.add("keycloak.url", keycloak::baseUrl);
		registry.add("spring.mongodb.uri", () -> "mongodb://127.0.0.1:1/unused");
	}

	@AfterAll
	static void stopKeycloak() {
		keycloak.stop();
	}

	private static String realmIssuer() {
		return keycloak.baseUrl() + "/realms/secondopinion";
	}

	private static String validToken(String... roles) {
		return issuer.token(realmIssuer(), "test-service", Instant.now().plusSeconds(300), roles);
	}

	private HttpResponse<String> call(String method, String path, String token, String correlationId) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.method(method, HttpRequest.BodyPublishers.noBody());
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		if (correlationId != null) {
			request.header("X-Correlation-ID", correlationId);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static void assertProblem(HttpResponse<String> response, int status, String slug) {
		assertThat(response.statusCode()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(response.body()).contains("\"type\":\"https://secondopinion.nl/problems/" + slug + "\"")
			.contains("\"status\":" + status)
			.doesNotContain("Exception")
			.doesNotContain("trace");
		String correlationId = response.headers().firstValue("X-Correlation-ID").orElseThrow();
		assertThat(response.body()).contains("\"correlationId\":\"" + correlationId + "\"");
	}

	@Nested
	class Tokens {

		@Test
		void whenTokenValidAndRoleMatches_thenAnswers200() throws Exception {
			HttpResponse<String> response = call("GET", "/api/patients-only", validToken("patient"), null);

			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.body()).contains("\"username\":\"anna\"");
		}

		@Test
		void whenNoToken_thenAnswers401ProblemWithBearerChallenge() throws Exception {
			HttpResponse<String> response = call("GET", "/api/patients-only", null, null);

			assertProblem(response, 401, "unauthenticated");
			assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
		}

		@Test
		void whenTokenIssuedForAnotherAudience_thenAnswers401() throws Exception {
			String token = issuer.token(realmIssuer(), "other-service", Instant.now().plusSeconds(300), "patient");

			assertProblem(call("GET", "/api/patients-only", token, null), 401, "unauthenticated");
		}

		@Test
		void whenTokenFromAnotherIssuer_thenAnswers401() throws Exception {
			String token = issuer.token("http://elsewhere/realms/secondopinion", "test-service",
					Instant.now().plusSeconds(300), "patient");

			assertProblem(call("GET", "/api/patients-only", token, null), 401, "unauthenticated");
		}

		@Test
		void whenTokenExpired_thenAnswers401() throws Exception {
			String token = issuer.token(realmIssuer(), "test-service", Instant.now().minusSeconds(120), "patient");

			assertProblem(call("GET", "/api/patients-only", token, null), 401, "unauthenticated");
		}

		@Test
		void whenTokenSignedByAnotherKey_thenAnswers401() throws Exception {
			String token = new TestTokenIssuer().token(realmIssuer(), "test-service", Instant.now().plusSeconds(300),
					"patient");

			assertProblem(call("GET", "/api/patients-only", token, null), 401, "unauthenticated");
		}

		@Test
		void whenRoleMissing_thenAnswers403Problem() throws Exception {
			assertProblem(call("GET", "/api/patients-only", validToken("gp"), null), 403, "forbidden");
		}

	}

	@Nested
	class Errors {

		@Test
		void whenPathUnknown_thenAnswers404Problem() throws Exception {
			assertProblem(call("GET", "/api/nothing-here", validToken("patient"), null), 404, "not-found");
		}

		@Test
		void whenMethodNotSupported_thenAnswers405Problem() throws Exception {
			assertProblem(call("DELETE", "/api/patients-only", validToken("patient"), null), 405, "method-not-allowed");
		}

		@Test
		void whenHandlerFails_thenAnswers500ProblemWithoutInternalDetail() throws Exception {
			HttpResponse<String> response = call("GET", "/api/failing", validToken("patient"), null);

			assertProblem(response, 500, "internal-error");
			assertThat(response.body()).doesNotContain("internal detail");
		}

	}

	@Nested
	class Correlation {

		@Test
		void whenCallerSendsCorrelationId_thenItIsEchoed() throws Exception {
			HttpResponse<String> response = call("GET", "/api/patients-only", validToken("patient"),
					"journey-1234-abcd");

			assertThat(response.headers().firstValue("X-Correlation-ID")).hasValue("journey-1234-abcd");
		}

		@Test
		void whenCorrelationIdMalformed_thenANewOneIsGenerated() throws Exception {
			HttpResponse<String> response = call("GET", "/api/patients-only", validToken("patient"),
					"bad id\twith spaces");

			assertThat(response.headers().firstValue("X-Correlation-ID")).get().asString().matches("[0-9a-f-]{36}");
		}

		@Test
		void whenRequestAnswered_thenOneAccessLineCarriesTheIdButNotTheQuery() throws Exception {
			Logger accessLog = (Logger) LoggerFactory.getLogger("nl.secondopinion.access");
			ListAppender<ILoggingEvent> lines = new ListAppender<>();
			lines.start();
			accessLog.addAppender(lines);
			try {
				call("GET", "/api/patients-only?name=secret", validToken("patient"), "journey-5678-efgh");
			}
			finally {
				accessLog.detachAppender(lines);
			}

			assertThat(lines.list).singleElement().satisfies((line) -> {
				assertThat(line.getFormattedMessage()).startsWith("GET /api/patients-only answered 200 in ")
					.doesNotContain("secret");
				assertThat(line.getMDCPropertyMap()).containsEntry("correlationId", "journey-5678-efgh");
			});
		}

	}

	@Nested
	class ApiDocument {

		@Test
		void whenApiDocumentRead_thenEveryErrorAnswerIsAProblemAndProtectedOperationsList401() throws Exception {
			HttpResponse<String> response = call("GET", "/v3/api-docs", null, null);

			assertThat(response.statusCode()).isEqualTo(200);
			JsonNode document = JsonMapper.builder().build().readTree(response.body());
			JsonNode responses = document.at("/paths/~1api~1patients-only/get/responses");
			assertThat(responses.at("/401/content/application~1problem+json/schema/$ref").asString())
				.isEqualTo("#/components/schemas/Problem");
			assertThat(document.at("/components/schemas/Problem/properties/correlationId").isMissingNode()).isFalse();
		}

	}

}
