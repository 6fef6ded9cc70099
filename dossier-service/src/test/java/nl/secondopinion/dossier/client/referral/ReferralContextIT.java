package nl.secondopinion.dossier.client.referral;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import nl.secondopinion.dossier.Downstream;
import nl.secondopinion.dossier.ReferralStub;
import nl.secondopinion.dossier.Users;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The referral context client behind the dossier API: WireMock for Keycloak's token
 * endpoint and referral-service. Without a context no access is decided: 503, never a
 * guess.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ReferralContextIT {

	private static final String BREAKER = "referral-service";

	@RegisterExtension
	static final Downstream wiremock = new Downstream();

	@DynamicPropertySource
	static void downstream(DynamicPropertyRegistry registry) {
		wiremock.register(registry, "dossier-referral-context-it");
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	CircuitBreakerRegistry breakers;

	@Autowired
	TimeLimiterRegistry timeLimiters;

	@Autowired
	OAuth2AuthorizedClientService authorizedClients;

	private final String requestId = UUID.randomUUID().toString();

	@BeforeEach
	void freshDownstream() {
		wiremock.resetAll();
		ReferralStub.tokenEndpoint(wiremock);
		this.breakers.circuitBreaker(BREAKER).reset();
		this.authorizedClients.removeAuthorizedClient("dossier-service", "anonymousUser");
	}

	private void referralAnswers(ResponseDefinitionBuilder answer) {
		wiremock.stubFor(get(urlPathMatching("/internal/requests/.*/context")).willReturn(answer));
	}

	private ResultActions checklist() throws Exception {
		return this.mvc.perform(get("/api/dossiers/{id}/checklist", this.requestId).with(Users.anna())
			.header("X-Correlation-ID", "corr-context-0001"));
	}

	private static void expectUnavailable(ResultActions result) throws Exception {
		result.andExpect(status().isServiceUnavailable())
			.andExpect(header().string("Retry-After", "30"))
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("https://secondopinion.nl/problems/referral-unavailable"))
			.andExpect(jsonPath("$.correlationId").value("corr-context-0001"));
	}

	private int referralCalls() {
		return wiremock.findAll(getRequestedFor(urlPathMatching("/internal/requests/.*/context"))).size();
	}

	@Nested
	class WhenReferralAnswers {

		@Test
		void theContextIsFetchedWithAServiceTokenAndTheCorrelationId() throws Exception {
			ReferralStub.context(wiremock, new ReferralStub.Case(requestId));

			checklist().andExpect(status().isOk());

			String basic = Base64.getEncoder()
				.encodeToString("dossier-service:dossier-service-dev-secret".getBytes(StandardCharsets.UTF_8));
			wiremock.verify(1, postRequestedFor(urlEqualTo(ReferralStub.TOKEN_PATH)).withHeader("Authorization",
					equalTo("Basic " + basic)));
			wiremock.verify(1,
					getRequestedFor(urlEqualTo("/internal/requests/" + requestId + "/context"))
						.withHeader("Authorization", equalTo("Bearer service-token-1"))
						.withHeader("X-Correlation-ID", equalTo("corr-context-0001")));
		}

		@Test
		void anUnknownRequestIs404AndDoesNotCountAgainstTheBreaker() throws Exception {
			referralAnswers(aResponse().withStatus(404));

			for (int i = 0; i < 6; i++) {
				checklist().andExpect(status().isNotFound());
			}

			assertThat(breakers.circuitBreaker(BREAKER).getState()).isEqualTo(CircuitBreaker.State.CLOSED);
			assertThat(breakers.circuitBreaker(BREAKER).getMetrics().getNumberOfFailedCalls()).isZero();
		}

		@Test
		void anAnswerWithoutPatientIsABadGatewayNotAGuess() throws Exception {
			referralAnswers(okJson("{\"requestId\": \"x\", \"status\": \"SUBMITTED\"}"));

			checklist().andExpect(status().isBadGateway())
				.andExpect(jsonPath("$.type").value("https://secondopinion.nl/problems/referral-call-failed"));
		}

		@Test
		void aRefusedCallIsOurFaultAndGets502() throws Exception {
			referralAnswers(aResponse().withStatus(403));

			checklist().andExpect(status().isBadGateway()).andExpect(header().doesNotExist("Retry-After"));
			assertThat(breakers.circuitBreaker(BREAKER).getMetrics().getNumberOfFailedCalls()).isZero();
		}

	}

	@Nested
	class WhenReferralIsUnavailable {

		@Test
		void aServerErrorGets503WithoutEchoingIt() throws Exception {
			referralAnswers(aResponse().withStatus(500).withBody("stack trace of referral"));

			expectUnavailable(checklist());
			checklist().andExpect(content().string(not(containsString("stack trace"))));
		}

		@Test
		void anAnswerSlowerThanTheReadTimeoutGets503() throws Exception {
			ReferralStub.context(wiremock, new ReferralStub.Case(requestId));
			referralAnswers(okJson("{}").withFixedDelay(2500));

			expectUnavailable(checklist());
		}

		@Test
		void aDroppedConnectionGets503() throws Exception {
			referralAnswers(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

			expectUnavailable(checklist());
		}

		@Test
		void whenKeycloakCannotIssueATokenReferralIsNotCalled() throws Exception {
			wiremock.stubFor(post(urlEqualTo(ReferralStub.TOKEN_PATH)).willReturn(aResponse().withStatus(503)));
			referralAnswers(okJson("{}"));

			expectUnavailable(checklist());
			assertThat(referralCalls()).isZero();
		}

		@Test
		void afterFiveFailuresTheBreakerOpensAndReferralIsLeftAlone() throws Exception {
			referralAnswers(aResponse().withStatus(500));

			for (int i = 0; i < 5; i++) {
				expectUnavailable(checklist());
			}
			assertThat(breakers.circuitBreaker(BREAKER).getState()).isEqualTo(CircuitBreaker.State.OPEN);
			expectUnavailable(checklist());

			assertThat(referralCalls()).isEqualTo(5);
		}

		@Test
		void theBreakerAndTimeLimiterUseTheSettingsFromApplicationYml() {
			CircuitBreakerConfig config = breakers.circuitBreaker(BREAKER).getCircuitBreakerConfig();

			assertThat(config.getSlidingWindowSize()).isEqualTo(10);
			assertThat(config.getMinimumNumberOfCalls()).isEqualTo(5);
			assertThat(config.getWaitIntervalFunctionInOpenState().apply(1)).isEqualTo(30_000L);
			assertThat(timeLimiters.timeLimiter(BREAKER).getTimeLimiterConfig().getTimeoutDuration())
				.isEqualTo(Duration.ofSeconds(3));
		}

	}

}
