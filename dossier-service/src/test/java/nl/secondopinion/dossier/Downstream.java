package nl.secondopinion.dossier;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.test.context.DynamicPropertyRegistry;

import nl.secondopinion.testing.EmbeddedMongo;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * What an integration test puts around the service: its own database in the embedded
 * MongoDB, and one WireMock standing in for Keycloak, referral-service and
 * notification-service. Registered per test class as a static
 * {@link RegisterExtension @RegisterExtension} field: it starts at once, so that
 * {@code @DynamicPropertySource} can name its URL, and stops after the class.
 */
public final class Downstream extends WireMockServer implements AfterAllCallback {

	public Downstream() {
		super(options().dynamicPort());
		start();
	}

	/** The event relay waits an hour: tests that need it set their own interval. */
	public void register(DynamicPropertyRegistry registry, String database) {
		register(registry, database, "1h");
	}

	public void register(DynamicPropertyRegistry registry, String database, String relayInterval) {
		registry.add("spring.mongodb.uri", () -> EmbeddedMongo.uri(database));
		registry.add("keycloak.url", this::baseUrl);
		registry.add("secondopinion.dossier.referral.url", this::baseUrl);
		registry.add("secondopinion.dossier.notification.url", this::baseUrl);
		registry.add("secondopinion.dossier.events.relay-interval", () -> relayInterval);
	}

	/** After the test class, not after each of its {@code @Nested} classes. */
	@Override
	public void afterAll(ExtensionContext context) {
		if (context.getParent().flatMap(ExtensionContext::getTestClass).isEmpty()) {
			stop();
		}
	}

}
