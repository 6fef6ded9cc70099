package nl.secondopinion.insurance.testsupport;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import nl.secondopinion.insurance.eligibility.Eligibilities;
import nl.secondopinion.testing.EmbeddedMongo;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * One Spring context for the integration tests that talk to the outside: the insurer
 * sandbox (WireMock with the repository's own mappings from deploy/insurer-sandbox), and
 * a second WireMock playing Keycloak's token endpoint, referral-service and
 * notification-service. The pollers are off: tests run re-checks and the relay
 * themselves.
 */
@SpringBootTest
@AutoConfigureMockMvc
public abstract class WithDownstreams {

	public static final String TOKEN_PATH = "/realms/secondopinion/protocol/openid-connect/token";

	/** The insurer sandbox exactly as the local stack serves it. */
	public static final WireMockServer SANDBOX = new WireMockServer(
			options().dynamicPort().containerThreads(120).usingFilesUnderDirectory("../deploy/insurer-sandbox"));

	/** Keycloak's token endpoint, referral-service and notification-service. */
	public static final WireMockServer SERVICES = new WireMockServer(options().dynamicPort().containerThreads(60));

	static {
		SANDBOX.start();
		SERVICES.start();
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			SANDBOX.stop();
			SERVICES.stop();
		}));
	}

	@DynamicPropertySource
	static void downstreams(DynamicPropertyRegistry registry) {
		registry.add("spring.mongodb.uri", () -> EmbeddedMongo.uri("insurance-downstreams-it"));
		registry.add("keycloak.url", SERVICES::baseUrl);
		registry.add("secondopinion.insurance.referral.url", SERVICES::baseUrl);
		registry.add("secondopinion.insurance.notification.url", SERVICES::baseUrl);
		registry.add("INSURER_SANDBOX_URL", SANDBOX::baseUrl);
		registry.add("INSURER_3311_USERNAME", () -> "platform-zk");
		registry.add("INSURER_3311_PASSWORD", () -> "sandbox-secret");
		registry.add("secondopinion.insurance.scheduling.enabled", () -> "false");
		registry.add("resilience4j.circuitbreaker.configs.insurer.wait-duration-in-open-state", () -> "1s");
	}

	@Autowired
	protected MockMvc mvc;

	@Autowired
	protected CircuitBreakerRegistry breakers;

	@Autowired
	protected Eligibilities eligibilities;

	@Autowired
	protected MongoTemplate mongo;

	@Autowired
	OAuth2AuthorizedClientService authorizedClients;

	@BeforeEach
	void freshDownstreams() {
		SANDBOX.resetToDefaultMappings();
		SANDBOX.resetRequests();
		SERVICES.resetAll();
		SERVICES.stubFor(post(urlEqualTo(TOKEN_PATH)).willReturn(okJson("""
				{"access_token": "insurance-service-token", "token_type": "Bearer", "expires_in": 300}""")));
		this.breakers.getAllCircuitBreakers().forEach(CircuitBreaker::reset);
		this.eligibilities.forgetAll();
		this.authorizedClients.removeAuthorizedClient("insurance-service", "anonymousUser");
		this.mongo.getCollectionNames().forEach(this.mongo::dropCollection);
	}

}
