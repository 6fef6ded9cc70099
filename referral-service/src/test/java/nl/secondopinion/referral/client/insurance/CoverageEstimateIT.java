package nl.secondopinion.referral.client.insurance;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.jayway.jsonpath.JsonPath;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import feign.RetryableException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import nl.secondopinion.referral.request.CoverageEstimate;
import nl.secondopinion.referral.request.CoverageEstimates;
import nl.secondopinion.referral.request.CoverageLikelihood;
import nl.secondopinion.testing.EmbeddedMongo;
import nl.secondopinion.testing.TestTokens;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The coverage estimate end to end inside the service: MockMvc in front, WireMock
 * standing in for both Keycloak's token endpoint and insurance-service behind.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CoverageEstimateIT {

	private static final String TOKEN_PATH = "/realms/secondopinion/protocol/openid-connect/token";

	private static final String ESTIMATES_PATH = "/internal/coverage/requests/[0-9a-f-]+/estimate";

	private static final String BREAKER = "insurance-service";

	private static final String ESTIMATE = """
			{"estimate": "DEPENDS_ON_SUPPLEMENTARY", "insurerName": "Zilveren Kruis",
			 "reasons": [{"code": "NO_REFERRAL", "nl": "Zonder verwijzing vergoedt de basisverzekering niet.",
			              "en": "Without a referral basic insurance does not reimburse."}],
			 "checkedAt": "2026-11-22T10:15:30Z", "somethingNew": true}""";

	private static final WireMockServer wiremock = new WireMockServer(options().dynamicPort());

	static {
		wiremock.start();
	}

	@DynamicPropertySource
	static void downstream(DynamicPropertyRegistry registry) {
		registry.add("spring.mongodb.uri", () -> EmbeddedMongo.uri("referral-coverage-estimate"));
		registry.add("keycloak.url", wiremock::baseUrl);
		registry.add("secondopinion.referral.insurance.url", wiremock::baseUrl);
	}

	@AfterAll
	static void stopWireMock() {
		wiremock.stop();
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	CircuitBreakerRegistry breakers;

	@Autowired
	TimeLimiterRegistry timeLimiters;

	@Autowired
	OAuth2AuthorizedClientService authorizedClients;

	private final List<Throwable> recordedFailures = new CopyOnWriteArrayList<>();

	@BeforeEach
	void freshDownstream() {
		wiremock.resetAll();
		wiremock.stubFor(post(urlEqualTo(TOKEN_PATH)).willReturn(okJson("""
				{"access_token": "service-token-1", "token_type": "Bearer", "expires_in": 300}""")));
		CircuitBreaker breaker = this.breakers.circuitBreaker(BREAKER);
		breaker.reset();
		breaker.getEventPublisher().onError((event) -> this.recordedFailures.add(event.getThrowable()));
		// Tokens are cached per principal; calls run without a user, so "anonymousUser".
		this.authorizedClients.removeAuthorizedClient("referral-service", "anonymousUser");
	}

	private String annasRequest(boolean withInsurer) throws Exception {
		String insurer = withInsurer ? ", \"insurer\": {\"uzovi\": \"3311\"}" : "";
		String body = """
				{"question": "Is an operation really the only option for my hernia?",
				 "reason": "DOUBT_ABOUT_TREATMENT", "specialty": "neurology"%s}""".formatted(insurer);
		String created = this.mvc
			.perform(MockMvcRequestBuilders.post("/api/requests")
				.with(TestTokens.anna())
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(created, "$.id");
	}

	private ResultActions estimate(String requestId) throws Exception {
		return this.mvc.perform(get("/api/requests/{id}/coverage-estimate", requestId).with(TestTokens.anna())
			.header("X-Correlation-ID", "corr-coverage-0001"));
	}

	private void insuranceAnswers(ResponseDefinitionBuilder answer) {
		wiremock.stubFor(get(urlPathMatching(ESTIMATES_PATH)).willReturn(answer));
	}

	private static void expectUnavailable(ResultActions result) throws Exception {
		result.andExpect(status().isServiceUnavailable())
			.andExpect(header().string("Retry-After", "30"))
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("https://secondopinion.nl/problems/insurance-unavailable"))
			.andExpect(jsonPath("$.correlationId").value("corr-coverage-0001"));
	}

	private int insuranceCalls() {
		return wiremock.findAll(getRequestedFor(urlPathMatching(ESTIMATES_PATH))).size();
	}

	@Nested
	class WhenInsuranceAnswers {

		@Test
		void theOwnerGetsTheEstimateMappedFromInsurance() throws Exception {
			insuranceAnswers(okJson(ESTIMATE));

			estimate(annasRequest(true)).andExpect(status().isOk())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
				.andExpect(jsonPath("$.estimate").value("DEPENDS_ON_SUPPLEMENTARY"))
				.andExpect(jsonPath("$.insurerName").value("Zilveren Kruis"))
				.andExpect(jsonPath("$.reasons[0].code").value("NO_REFERRAL"))
				.andExpect(jsonPath("$.reasons[0].nl").value("Zonder verwijzing vergoedt de basisverzekering niet."))
				.andExpect(jsonPath("$.reasons[0].en").value("Without a referral basic insurance does not reimburse."))
				.andExpect(jsonPath("$.checkedAt").value("2026-11-22T10:15:30Z"));
		}

		@Test
		void whenThePatientAsks_thenInsuranceIsAskedAboutThisRequestAndReadsItsFactsItself() throws Exception {
			insuranceAnswers(okJson(ESTIMATE));
			String id = annasRequest(true);

			estimate(id).andExpect(status().isOk());

			wiremock.verify(1, getRequestedFor(urlEqualTo("/internal/coverage/requests/" + id + "/estimate")));
		}

		@Test
		void aClientCredentialsTokenFromKeycloakIsSentAsBearer() throws Exception {
			insuranceAnswers(okJson(ESTIMATE));

			estimate(annasRequest(true)).andExpect(status().isOk());

			String basic = Base64.getEncoder()
				.encodeToString("referral-service:referral-service-dev-secret".getBytes(StandardCharsets.UTF_8));
			wiremock.verify(1,
					postRequestedFor(urlEqualTo(TOKEN_PATH)).withHeader("Authorization", equalTo("Basic " + basic))
						.withRequestBody(containing("grant_type=client_credentials")));
			wiremock.verify(1, getRequestedFor(urlPathMatching(ESTIMATES_PATH)).withHeader("Authorization",
					equalTo("Bearer service-token-1")));
		}

		@Test
		void theTokenIsReusedUntilShortlyBeforeItExpires() throws Exception {
			insuranceAnswers(okJson(ESTIMATE));
			String id = annasRequest(true);

			estimate(id).andExpect(status().isOk());
			estimate(id).andExpect(status().isOk());
			estimate(id).andExpect(status().isOk());

			wiremock.verify(1, postRequestedFor(urlEqualTo(TOKEN_PATH)));
			assertThat(insuranceCalls()).isEqualTo(3);
		}

		@Test
		void theCorrelationIdReachesInsuranceAlthoughTheCallRunsOnAnotherThread() throws Exception {
			insuranceAnswers(okJson(ESTIMATE));

			estimate(annasRequest(true)).andExpect(status().isOk());

			wiremock.verify(1, getRequestedFor(urlPathMatching(ESTIMATES_PATH)).withHeader("X-Correlation-ID",
					equalTo("corr-coverage-0001")));
		}

		@Test
		void aSlowAnswerWithinTheConfiguredTimeoutsStillCounts() throws Exception {
			// Resilience4j's default time limit is 1s: this passes only with our 3s (and
			// read timeout 2s).
			insuranceAnswers(okJson(ESTIMATE).withFixedDelay(1500));

			estimate(annasRequest(true)).andExpect(status().isOk());
		}

		@Test
		void theClientWorksOutsideAWebRequest(@Autowired CoverageEstimates estimates) {
			insuranceAnswers(okJson(ESTIMATE));

			CoverageEstimate estimate = estimates.estimate("00000000-0000-4000-8000-000000000001", "3311");

			assertThat(estimate.estimate()).isEqualTo(CoverageLikelihood.DEPENDS_ON_SUPPLEMENTARY);
			wiremock.verify(1, getRequestedFor(urlPathMatching(ESTIMATES_PATH)).withHeader("Authorization",
					equalTo("Bearer service-token-1")));
		}

		@Test
		void anAnswerWithAnUnknownEstimateIsABadGatewayNotAGuess() throws Exception {
			insuranceAnswers(okJson("""
					{"estimate": "PROBABLY", "insurerName": "Zilveren Kruis", "reasons": []}"""));

			estimate(annasRequest(true)).andExpect(status().isBadGateway())
				.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
		}

	}

	@Nested
	class WhenTheRequestCannotBeEstimated {

		@Test
		void aRequestWithoutInsurerGets422AndInsuranceIsNotAsked() throws Exception {
			estimate(annasRequest(false)).andExpect(status().isUnprocessableContent())
				.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.type").value("https://secondopinion.nl/problems/insurer-missing"));

			assertThat(insuranceCalls()).isZero();
		}

		@Test
		void someoneElsesRequestGets404AndInsuranceIsNotAsked() throws Exception {
			String annasId = annasRequest(true);

			mvc.perform(get("/api/requests/{id}/coverage-estimate", annasId).with(TestTokens.bram()))
				.andExpect(status().isNotFound());

			assertThat(insuranceCalls()).isZero();
		}

	}

	@Nested
	class WhenInsuranceAnswersWithAnError {

		@Test
		void anUnknownInsurerGets422() throws Exception {
			insuranceAnswers(aResponse().withStatus(422)
				.withHeader("Content-Type", "application/problem+json")
				.withBody("{\"type\": \"https://secondopinion.nl/problems/unknown-insurer\", \"status\": 422}"));

			estimate(annasRequest(true)).andExpect(status().isUnprocessableContent())
				.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.type").value("https://secondopinion.nl/problems/unknown-insurer"))
				.andExpect(jsonPath("$.uzovi").value("3311"));
		}

		@Test
		void unknownInsurersDoNotOpenTheBreaker() throws Exception {
			insuranceAnswers(aResponse().withStatus(422)
				.withHeader("Content-Type", "application/problem+json")
				.withBody("{\"type\": \"https://secondopinion.nl/problems/unknown-insurer\", \"status\": 422}"));
			String id = annasRequest(true);

			for (int i = 0; i < 7; i++) {
				estimate(id).andExpect(status().isUnprocessableContent());
			}

			CircuitBreaker breaker = breakers.circuitBreaker(BREAKER);
			assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
			assertThat(breaker.getMetrics().getNumberOfFailedCalls()).isZero();
			assertThat(insuranceCalls()).isEqualTo(7);
		}

		@Test
		void anotherClientErrorIsOurFaultAndGets502() throws Exception {
			insuranceAnswers(aResponse().withStatus(400));

			estimate(annasRequest(true)).andExpect(status().isBadGateway())
				.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.type").value("https://secondopinion.nl/problems/insurance-call-failed"))
				.andExpect(header().doesNotExist("Retry-After"));

			assertThat(breakers.circuitBreaker(BREAKER).getMetrics().getNumberOfFailedCalls()).isZero();
		}

		@Test
		void aServerErrorGets503WithRetryAfter() throws Exception {
			insuranceAnswers(aResponse().withStatus(500).withBody("database on fire"));

			expectUnavailable(estimate(annasRequest(true)));
		}

		@Test
		void theProblemDoesNotEchoWhatInsuranceSaid() throws Exception {
			insuranceAnswers(aResponse().withStatus(503).withBody("internal details of insurance"));

			estimate(annasRequest(true)).andExpect(status().isServiceUnavailable())
				.andExpect(content().string(not(containsString("internal details"))));
		}

	}

	@Nested
	class WhenInsuranceIsUnreachable {

		@Test
		void anAnswerSlowerThanTheReadTimeoutGets503() throws Exception {
			insuranceAnswers(okJson(ESTIMATE).withFixedDelay(2500));

			expectUnavailable(estimate(annasRequest(true)));

			// Our read timeout (2s) ended the call, not the time limiter (3s, default
			// 1s).
			assertThat(recordedFailures).singleElement().isInstanceOf(RetryableException.class);
		}

		@Test
		void aDroppedConnectionGets503() throws Exception {
			insuranceAnswers(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

			expectUnavailable(estimate(annasRequest(true)));
		}

		@Test
		void whenKeycloakCannotIssueATokenInsuranceIsNotCalledAndTheAnswerIs503() throws Exception {
			wiremock.stubFor(post(urlEqualTo(TOKEN_PATH)).willReturn(aResponse().withStatus(503)));
			insuranceAnswers(okJson(ESTIMATE));

			expectUnavailable(estimate(annasRequest(true)));

			assertThat(insuranceCalls()).isZero();
		}

	}

	@Nested
	class CircuitBreakerSettings {

		@Test
		void afterFiveFailedCallsTheBreakerOpensAndInsuranceIsLeftAlone() throws Exception {
			insuranceAnswers(aResponse().withStatus(500));
			String id = annasRequest(true);

			for (int i = 0; i < 5; i++) {
				expectUnavailable(estimate(id));
			}
			assertThat(breakers.circuitBreaker(BREAKER).getState()).isEqualTo(CircuitBreaker.State.OPEN);

			expectUnavailable(estimate(id));
			expectUnavailable(estimate(id));

			// Resilience4j's default minimum of 100 calls would have kept the breaker
			// closed.
			assertThat(insuranceCalls()).isEqualTo(5);
		}

		@Test
		void theBreakerAndTimeLimiterUseTheSettingsFromApplicationYml() {
			CircuitBreakerConfig config = breakers.circuitBreaker(BREAKER).getCircuitBreakerConfig();

			assertThat(config.getSlidingWindowType()).isEqualTo(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED);
			assertThat(config.getSlidingWindowSize()).isEqualTo(10);
			assertThat(config.getMinimumNumberOfCalls()).isEqualTo(5);
			assertThat(config.getFailureRateThreshold()).isEqualTo(50f);
			assertThat(config.getWaitIntervalFunctionInOpenState().apply(1)).isEqualTo(30_000L);
			assertThat(config.getPermittedNumberOfCallsInHalfOpenState()).isEqualTo(3);
			assertThat(timeLimiters.timeLimiter(BREAKER).getTimeLimiterConfig().getTimeoutDuration())
				.isEqualTo(Duration.ofSeconds(3));
		}

		@Test
		void theFeignCallUsesTheBreakerNamedAfterTheService() throws Exception {
			insuranceAnswers(okJson(ESTIMATE));

			estimate(annasRequest(true)).andExpect(status().isOk());

			assertThat(breakers.getAllCircuitBreakers()).extracting(CircuitBreaker::getName)
				.contains(BREAKER)
				.allMatch((name) -> name.endsWith("-service"));
			assertThat(breakers.circuitBreaker(BREAKER).getMetrics().getNumberOfSuccessfulCalls()).isEqualTo(1);
		}

	}

}
