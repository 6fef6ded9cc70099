package nl.secondopinion.gateway;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.UUID;
import java.util.stream.IntStream;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import nl.secondopinion.gateway.support.TestTokens;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole gateway on a random port. One WireMock server plays Keycloak's JWKS endpoint
 * and the referral, dossier and insurance services; the notification service points at a
 * closed port, so it is "down".
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.cloud.gateway.server.webflux.httpclient.response-timeout=1s",
				"secondopinion.gateway.rate-limit.burst-capacity=8",
				"secondopinion.gateway.rate-limit.replenish-rate=1",
				"secondopinion.gateway.rate-limit.replenish-period=1h" })
@AutoConfigureWebTestClient(timeout = "10s")
class GatewayIT {

	private static final String PROBLEM_TYPES = "https://secondopinion.nl/problems/";

	private static final String CORRELATION_ID = "X-Correlation-ID";

	private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

	static final WireMockServer services = new WireMockServer(options().dynamicPort());

	static final int closedPort = freePort();

	static TestTokens tokens;

	@Autowired
	WebTestClient client;

	@DynamicPropertySource
	static void pointAtWireMock(DynamicPropertyRegistry registry) {
		services.start();
		tokens = new TestTokens(services.baseUrl() + "/realms/secondopinion");
		registry.add("KEYCLOAK_URL", services::baseUrl);
		registry.add("REFERRAL_SERVICE_URL", services::baseUrl);
		registry.add("DOSSIER_SERVICE_URL", services::baseUrl);
		registry.add("INSURANCE_SERVICE_URL", services::baseUrl);
		registry.add("NOTIFICATION_SERVICE_URL", () -> "http://localhost:" + closedPort);
	}

	@AfterAll
	static void stopWireMock() {
		services.stop();
	}

	@BeforeEach
	void resetServices() {
		services.resetAll();
		services.stubFor(get("/realms/secondopinion/protocol/openid-connect/certs").willReturn(okJson(tokens.jwks())));
		services.stubFor(any(urlPathMatching("/api/.*")).willReturn(okJson("{\"answeredBy\":\"service\"}")));
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String bearer(String token) {
		return "Bearer " + token;
	}

	private void verifyNoApiCallReachedServices() {
		services.verify(0, anyRequestedFor(urlPathMatching("/api/.*")));
	}

	@Nested
	class Authentication {

		@Test
		void whenTokenMissing_thenAnswers401Problem() {
			client.get()
				.uri("/api/requests")
				.exchange()
				.expectStatus()
				.isUnauthorized()
				.expectHeader()
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.expectHeader()
				.valueMatches(HttpHeaders.WWW_AUTHENTICATE, "Bearer.*")
				.expectHeader()
				.valueMatches(CORRELATION_ID, UUID_PATTERN)
				.expectBody()
				.jsonPath("$.type")
				.isEqualTo(PROBLEM_TYPES + "unauthenticated")
				.jsonPath("$.title")
				.isEqualTo("Authentication required")
				.jsonPath("$.status")
				.isEqualTo(401)
				.jsonPath("$.detail")
				.isNotEmpty()
				.jsonPath("$.correlationId")
				.value((String id) -> assertThat(id).matches(UUID_PATTERN));
			verifyNoApiCallReachedServices();
		}

		@Test
		void whenTokenExpired_thenAnswers401Problem() {
			expectRefused(tokens.expired());
		}

		@Test
		void whenAudienceLacksGateway_thenAnswers401Problem() {
			expectRefused(tokens.withAudience("referral-service", "dossier-service"));
		}

		@Test
		void whenIssuerIsForeign_thenAnswers401Problem() {
			expectRefused(tokens.withIssuer("https://evil.example/realms/secondopinion"));
		}

		@Test
		void whenSignatureIsForged_thenAnswers401Problem() {
			expectRefused(tokens.forged());
		}

		@Test
		void whenTokenIsNotAJwt_thenAnswers401Problem() {
			expectRefused("not-a-jwt");
		}

		@Test
		void whenAuthenticatedUserCallsAnActuatorEndpoint_thenAnswers403Problem() {
			client.get()
				.uri("/actuator/env")
				.header(HttpHeaders.AUTHORIZATION, bearer(tokens.forNewUser()))
				.exchange()
				.expectStatus()
				.isForbidden()
				.expectHeader()
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.expectBody()
				.jsonPath("$.type")
				.isEqualTo(PROBLEM_TYPES + "forbidden")
				.jsonPath("$.correlationId")
				.isNotEmpty();
		}

		private void expectRefused(String token) {
			client.get()
				.uri("/api/requests")
				.header(HttpHeaders.AUTHORIZATION, bearer(token))
				.exchange()
				.expectStatus()
				.isUnauthorized()
				.expectHeader()
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.expectHeader()
				.valueMatches(HttpHeaders.WWW_AUTHENTICATE, "Bearer.*")
				.expectBody()
				.jsonPath("$.type")
				.isEqualTo(PROBLEM_TYPES + "unauthenticated")
				.jsonPath("$.detail")
				.value((String detail) -> assertThat(detail).doesNotContainIgnoringCase("jwt")
					.doesNotContainIgnoringCase("exception"));
			verifyNoApiCallReachedServices();
		}

	}

	@Nested
	class Routing {

		@ParameterizedTest
		@ValueSource(strings = { "/api/requests", "/api/requests/42/consultations", "/api/consultants",
				"/api/dossiers/7/documents", "/api/coverage/checks", "/api/mediation/cases/3" })
		void whenTokenValid_thenEachApiPathReachesItsService(String path) {
			client.get()
				.uri(path)
				.header(HttpHeaders.AUTHORIZATION, bearer(tokens.forNewUser()))
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.answeredBy")
				.isEqualTo("service");
			services.verify(getRequestedFor(urlEqualTo(path)));
		}

		@Test
		void whenTokenValid_thenServiceReceivesAuthorizationAndCorrelationIdUnchanged() {
			String token = tokens.forNewUser();
			client.get()
				.uri("/api/requests/42?status=open")
				.header(HttpHeaders.AUTHORIZATION, bearer(token))
				.header(CORRELATION_ID, "client-chosen-id.0001")
				.exchange()
				.expectStatus()
				.isOk()
				.expectHeader()
				.valuesMatch(CORRELATION_ID, "client-chosen-id.0001");
			services.verify(getRequestedFor(urlEqualTo("/api/requests/42?status=open"))
				.withHeader(HttpHeaders.AUTHORIZATION, equalTo(bearer(token)))
				.withHeader(CORRELATION_ID, equalTo("client-chosen-id.0001")));
		}

		@Test
		void whenPathIsNotRouted_thenAnswers404Problem() {
			for (String path : new String[] { "/api/unknown", "/internal/requests/1", "/requests" }) {
				client.get()
					.uri(path)
					.header(HttpHeaders.AUTHORIZATION, bearer(tokens.forNewUser()))
					.exchange()
					.expectStatus()
					.isNotFound()
					.expectHeader()
					.contentType(MediaType.APPLICATION_PROBLEM_JSON)
					.expectHeader()
					.valueMatches(CORRELATION_ID, UUID_PATTERN)
					.expectBody()
					.jsonPath("$.type")
					.isEqualTo(PROBLEM_TYPES + "not-found")
					.jsonPath("$.status")
					.isEqualTo(404)
					.jsonPath("$.correlationId")
					.isNotEmpty();
			}
			services.verify(0, anyRequestedFor(anyUrl()).withHeader(HttpHeaders.AUTHORIZATION, matching(".+")));
		}

	}

	@Nested
	class CorrelationIds {

		@Test
		void whenClientSendsNoCorrelationId_thenGeneratedIdIsForwardedAndEchoed() {
			String echoed = client.get()
				.uri("/api/dossiers/7")
				.header(HttpHeaders.AUTHORIZATION, bearer(tokens.forNewUser()))
				.exchange()
				.expectStatus()
				.isOk()
				.returnResult(String.class)
				.getResponseHeaders()
				.getFirst(CORRELATION_ID);
			assertThat(echoed).matches(UUID_PATTERN);
			services.verify(getRequestedFor(urlEqualTo("/api/dossiers/7")).withHeader(CORRELATION_ID, equalTo(echoed)));
		}

		@Test
		void whenClientSendsMalformedCorrelationId_thenItIsReplaced() {
			client.get()
				.uri("/api/dossiers/7")
				.header(HttpHeaders.AUTHORIZATION, bearer(tokens.forNewUser()))
				.header(CORRELATION_ID, "short")
				.exchange()
				.expectStatus()
				.isOk()
				.expectHeader()
				.valueMatches(CORRELATION_ID, UUID_PATTERN);
			services.verify(
					getRequestedFor(urlEqualTo("/api/dossiers/7")).withHeader(CORRELATION_ID, matching(UUID_PATTERN)));
		}

		@Test
		void whenServiceEchoesCorrelationId_thenResponseCarriesItOnce() {
			services.stubFor(
					get("/api/dossiers/7").willReturn(okJson("{}").withHeader(CORRELATION_ID, "service-echo-123")));
			client.get()
				.uri("/api/dossiers/7")
				.header(HttpHeaders.AUTHORIZATION, bearer(tokens.forNewUser()))
				.header(CORRELATION_ID, "client-id-12345")
				.exchange()
				.expectHeader()
				.valuesMatch(CORRELATION_ID, "client-id-12345");
		}

		@Test
		@ExtendWith(OutputCaptureExtension.class)
		void whenRequestIsAnswered_thenStructuredAccessLogCarriesCorrelationId(CapturedOutput output) {
			String id = "log-check-" + UUID.randomUUID();
			client.get()
				.uri("/api/requests/42")
				.header(HttpHeaders.AUTHORIZATION, bearer(tokens.forNewUser()))
				.header(CORRELATION_ID, id)
				.exchange()
				.expectStatus()
				.isOk();
			await().atMost(Duration.ofSeconds(5))
				.untilAsserted(
						() -> assertThat(output.getOut().lines()).anySatisfy((line) -> assertThat(line).startsWith("{")
							.contains("\"correlationId\":\"" + id + "\"")
							.contains("GET /api/requests/42 answered 200")));
		}

		@Test
		@ExtendWith(OutputCaptureExtension.class)
		void whenGatewayAnswersAnError_thenItsLogLineCarriesCorrelationId(CapturedOutput output) {
			String id = "error-log-" + UUID.randomUUID();
			client.get()
				.uri("/api/notifications")
				.header(HttpHeaders.AUTHORIZATION, bearer(tokens.forNewUser()))
				.header(CORRELATION_ID, id)
				.exchange()
				.expectStatus()
				.isEqualTo(HttpStatus.BAD_GATEWAY);
			await().atMost(Duration.ofSeconds(5))
				.untilAsserted(() -> assertThat(output.getOut().lines())
					.anySatisfy((line) -> assertThat(line).contains("\"correlationId\":\"" + id + "\"")
						.contains("Answering 502 on /api/notifications")));
		}

	}

	@Nested
	class Headers {

		@Test
		void whenClientSendsInternalOrIdentityHeaders_thenServiceNeverSeesThem() {
			client.get()
				.uri("/api/requests/42")
				.header(HttpHeaders.AUTHORIZATION, bearer(tokens.forNewUser()))
				.header("X-Internal-Caller", "referral-service")
				.header("x-internal-role", "platform-admin")
				.header("X-Forwarded-User", "admin")
				.header("X-Forwarded-Email", "admin@secondopinion.nl")
				.header("X-User-Id", "admin")
				.header("Accept-Language", "nl")
				.exchange()
				.expectStatus()
				.isOk();
			services.verify(getRequestedFor(urlEqualTo("/api/requests/42")).withHeader("X-Internal-Caller", absent())
				.withHeader("X-Internal-Role", absent())
				.withHeader("X-Forwarded-User", absent())
				.withHeader("X-Forwarded-Email", absent())
				.withHeader("X-User-Id", absent())
				.withHeader("Accept-Language", equalTo("nl")));
		}

		@Test
		void whenClientSendsHopByHopHeaders_thenServiceNeverSeesThem() {
			client.get()
				.uri("/api/requests/42")
				.header(HttpHeaders.AUTHORIZATION, bearer(tokens.forNewUser()))
				.header("Proxy-Authorization", "Basic c2VjcmV0OnNlY3JldA==")
				.header("Keep-Alive", "timeout=5")
				.header("TE", "trailers")
				.header("Trailer", "Expires")
				.exchange()
				.expectStatus()
				.isOk();
			services.verify(getRequestedFor(urlEqualTo("/api/requests/42")).withHeader("Proxy-Authorization", absent())
				.withHeader("Keep-Alive", absent())
				.withHeader("TE", absent())
				.withHeader("Trailer", absent()));
		}

		@Test
		void whenServiceRevealsItsSoftware_thenGatewayRemovesThoseHeaders() {
			services.stubFor(get("/api/requests/42").willReturn(
					okJson("{}").withHeader("Server", "Apache Tomcat").withHeader("X-Powered-By", "Servlet/6.1")));
			client.get()
				.uri("/api/requests/42")
				.header(HttpHeaders.AUTHORIZATION, bearer(tokens.forNewUser()))
				.exchange()
				.expectStatus()
				.isOk()
				.expectHeader()
				.doesNotExist("X-Powered-By")
				.expectHeader()
				.doesNotExist("Server");
		}

	}

	@Nested
	class DownstreamFailures {

		@Test
		void whenServiceIsDown_thenAnswers502Problem() {
			client.get()
				.uri("/api/notifications/inbox")
				.header(HttpHeaders.AUTHORIZATION, bearer(tokens.forNewUser()))
				.exchange()
				.expectStatus()
				.isEqualTo(HttpStatus.BAD_GATEWAY)
				.expectHeader()
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.expectHeader()
				.valueMatches(CORRELATION_ID, UUID_PATTERN)
				.expectBody()
				.jsonPath("$.type")
				.isEqualTo(PROBLEM_TYPES + "bad-gateway")
				.jsonPath("$.status")
				.isEqualTo(502)
				.jsonPath("$.detail")
				.value((String detail) -> assertThat(detail).doesNotContain("localhost")
					.doesNotContain(String.valueOf(closedPort))
					.doesNotContainIgnoringCase("refused"))
				.jsonPath("$.correlationId")
				.isNotEmpty();
		}

		@Test
		void whenServiceAnswersGarbage_thenAnswers502Problem() {
			services.stubFor(get("/api/dossiers/7").willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));
			client.get()
				.uri("/api/dossiers/7")
				.header(HttpHeaders.AUTHORIZATION, bearer(tokens.forNewUser()))
				.exchange()
				.expectStatus()
				.isEqualTo(HttpStatus.BAD_GATEWAY)
				.expectHeader()
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.expectBody()
				.jsonPath("$.type")
				.isEqualTo(PROBLEM_TYPES + "bad-gateway");
		}

		@Test
		void whenServiceIsSlow_thenAnswers504Problem() {
			services.stubFor(get("/api/coverage/checks").willReturn(okJson("{}").withFixedDelay(3000)));
			client.get()
				.uri("/api/coverage/checks")
				.header(HttpHeaders.AUTHORIZATION, bearer(tokens.forNewUser()))
				.exchange()
				.expectStatus()
				.isEqualTo(HttpStatus.GATEWAY_TIMEOUT)
				.expectHeader()
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.expectBody()
				.jsonPath("$.type")
				.isEqualTo(PROBLEM_TYPES + "gateway-timeout")
				.jsonPath("$.status")
				.isEqualTo(504)
				.jsonPath("$.detail")
				.value((String detail) -> assertThat(detail).doesNotContain("PT1S").doesNotContain("timeout:"));
		}

		@Test
		void whenDossierServiceTakesLongerThanOtherRoutesMay_thenLargeTransfersStillComplete() {
			services.stubFor(post("/api/dossiers/7/documents").willReturn(okJson("{}").withFixedDelay(3000)));
			client.post()
				.uri("/api/dossiers/7/documents")
				.header(HttpHeaders.AUTHORIZATION, bearer(tokens.forNewUser()))
				.exchange()
				.expectStatus()
				.isOk();
		}

		@Test
		void whenServiceAnswersItsOwnProblem_thenItPassesThroughUntouched() {
			String body = "{\"type\":\"https://secondopinion.nl/problems/request-not-found\",\"title\":\"Request not found\","
					+ "\"status\":404,\"detail\":\"No request with id 42.\",\"correlationId\":\"passthrough-0001\"}";
			services.stubFor(get("/api/requests/42").willReturn(aResponse().withStatus(404)
				.withHeader(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE)
				.withBody(body)));
			client.get()
				.uri("/api/requests/42")
				.header(HttpHeaders.AUTHORIZATION, bearer(tokens.forNewUser()))
				.header(CORRELATION_ID, "passthrough-0001")
				.exchange()
				.expectStatus()
				.isNotFound()
				.expectHeader()
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.expectBody(String.class)
				.isEqualTo(body);
		}

		@Test
		void whenServiceAnswers503_thenItPassesThroughUntouched() {
			services.stubFor(get("/api/mediation/cases")
				.willReturn(aResponse().withStatus(503).withHeader(HttpHeaders.RETRY_AFTER, "30")));
			client.get()
				.uri("/api/mediation/cases")
				.header(HttpHeaders.AUTHORIZATION, bearer(tokens.forNewUser()))
				.exchange()
				.expectStatus()
				.isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
				.expectHeader()
				.valueEquals(HttpHeaders.RETRY_AFTER, "30");
		}

	}

	@Nested
	class RateLimiting {

		@Test
		void whenUserExceedsBurst_thenAnswers429ProblemWithRetryAfter() {
			String token = tokens.forNewUser();
			IntStream.range(0, 8)
				.forEach((i) -> client.get()
					.uri("/api/requests")
					.header(HttpHeaders.AUTHORIZATION, bearer(token))
					.exchange()
					.expectStatus()
					.isOk());
			client.get()
				.uri("/api/requests")
				.header(HttpHeaders.AUTHORIZATION, bearer(token))
				.exchange()
				.expectStatus()
				.isEqualTo(HttpStatus.TOO_MANY_REQUESTS)
				.expectHeader()
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.expectHeader()
				.valueMatches(HttpHeaders.RETRY_AFTER, "[1-9][0-9]*")
				.expectHeader()
				.valueMatches(CORRELATION_ID, UUID_PATTERN)
				.expectBody()
				.jsonPath("$.type")
				.isEqualTo(PROBLEM_TYPES + "too-many-requests")
				.jsonPath("$.status")
				.isEqualTo(429)
				.jsonPath("$.correlationId")
				.isNotEmpty();
			services.verify(8, getRequestedFor(urlEqualTo("/api/requests")));
		}

		@Test
		@ExtendWith(OutputCaptureExtension.class)
		void whenLimiterLogsInsideTheReactiveChain_thenLineCarriesCorrelationId(CapturedOutput output) {
			String token = tokens.forNewUser();
			for (int i = 0; i < 8; i++) {
				client.get().uri("/api/consultants").header(HttpHeaders.AUTHORIZATION, bearer(token)).exchange();
			}
			String id = "limited-" + UUID.randomUUID();
			client.get()
				.uri("/api/consultants")
				.header(HttpHeaders.AUTHORIZATION, bearer(token))
				.header(CORRELATION_ID, id)
				.exchange()
				.expectStatus()
				.isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
			// The limiter logs without touching the MDC itself: the id arrives through
			// Reactor's automatic context propagation.
			await().atMost(Duration.ofSeconds(5))
				.untilAsserted(() -> assertThat(output.getOut().lines())
					.anySatisfy((line) -> assertThat(line).contains("Rate limit reached")
						.contains("\"correlationId\":\"" + id + "\"")));
		}

		@Test
		void whenOneUserIsLimited_thenOtherUsersStillPass() {
			String greedy = tokens.forNewUser();
			for (int i = 0; i <= 8; i++) {
				client.get().uri("/api/consultants").header(HttpHeaders.AUTHORIZATION, bearer(greedy)).exchange();
			}
			client.get()
				.uri("/api/consultants")
				.header(HttpHeaders.AUTHORIZATION, bearer(tokens.forNewUser()))
				.exchange()
				.expectStatus()
				.isOk()
				.expectHeader()
				.exists("X-RateLimit-Remaining");
		}

	}

	@Nested
	class Cors {

		@Test
		void whenConfiguredOriginSendsPreflight_thenAllowedWithoutToken() {
			client.options()
				.uri("/api/requests")
				.header(HttpHeaders.ORIGIN, "http://localhost:5173")
				.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
				.header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "authorization,content-type,x-correlation-id")
				.exchange()
				.expectStatus()
				.isOk()
				.expectHeader()
				.valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "http://localhost:5173")
				.expectHeader()
				.value(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, (methods) -> assertThat(methods).contains("POST"));
			verifyNoApiCallReachedServices();
		}

		@Test
		void whenUnknownOriginSendsPreflight_thenAnswers403Problem() {
			client.options()
				.uri("/api/requests")
				.header(HttpHeaders.ORIGIN, "https://evil.example")
				.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
				.exchange()
				.expectStatus()
				.isForbidden()
				.expectHeader()
				.doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN)
				.expectHeader()
				.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		}

		@Test
		void whenConfiguredOriginCallsApi_thenAnswerAllowsOriginOnceAndExposesCorrelationId() {
			services.stubFor(get("/api/requests")
				.willReturn(okJson("[]").withHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "http://localhost:5173")));
			client.get()
				.uri("/api/requests")
				.header(HttpHeaders.AUTHORIZATION, bearer(tokens.forNewUser()))
				.header(HttpHeaders.ORIGIN, "http://localhost:5173")
				.exchange()
				.expectStatus()
				.isOk()
				.expectHeader()
				.valuesMatch(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "http://localhost:5173")
				.expectHeader()
				.value(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS,
						(exposed) -> assertThat(exposed).containsIgnoringCase(CORRELATION_ID));
		}

	}

	@Nested
	class PublicEndpoints {

		@Test
		void whenSwaggerUiRequested_thenServedWithoutToken() {
			String location = client.get()
				.uri("/swagger-ui.html")
				.exchange()
				.expectStatus()
				.is3xxRedirection()
				.returnResult(String.class)
				.getResponseHeaders()
				.getLocation()
				.toString();
			client.get()
				.uri(location)
				.exchange()
				.expectStatus()
				.isOk()
				.expectHeader()
				.contentTypeCompatibleWith(MediaType.TEXT_HTML);
		}

		@Test
		void whenSwaggerConfigRequested_thenListsEveryServiceDocument() {
			client.get()
				.uri("/v3/api-docs/swagger-config")
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.urls[*].url")
				.value((Iterable<String> urls) -> assertThat(urls).containsExactlyInAnyOrder(
						"/v3/api-docs/referral-service", "/v3/api-docs/dossier-service",
						"/v3/api-docs/insurance-service", "/v3/api-docs/notification-service"));
		}

		@ParameterizedTest
		@ValueSource(strings = { "referral-service", "dossier-service", "insurance-service" })
		void whenServiceApiDocsRequested_thenFetchedFromServiceWithoutToken(String service) {
			services.stubFor(get("/v3/api-docs").willReturn(okJson("{\"openapi\":\"3.1.0\"}")));
			client.get()
				.uri("/v3/api-docs/" + service)
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.openapi")
				.isEqualTo("3.1.0");
			services.verify(getRequestedFor(urlEqualTo("/v3/api-docs")));
		}

		@ParameterizedTest
		@ValueSource(strings = { "/actuator/health/readiness", "/actuator/health/liveness", "/actuator/health" })
		void whenProbed_thenUpWithoutToken(String path) {
			client.get().uri(path).exchange().expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("UP");
		}

		@Test
		void whenPreflightFromBrowserForApiDocs_thenAllowed() {
			client.method(HttpMethod.OPTIONS)
				.uri("/v3/api-docs/referral-service")
				.header(HttpHeaders.ORIGIN, "http://localhost:8080")
				.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET")
				.exchange()
				.expectStatus()
				.isOk();
		}

	}

}
