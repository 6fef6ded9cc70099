package nl.secondopinion.notification.client.keycloak;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import nl.secondopinion.notification.delivery.DirectoryUnavailableException;
import nl.secondopinion.support.feign.DownstreamFailures;
import nl.secondopinion.support.feign.ServiceFallbackFactory;

/**
 * A 404 stays a 404 (the caller maps it to "no such user"); every other failure (5xx,
 * timeout, refused connection, no token, open breaker) says the directory is unavailable,
 * which makes the delivery wait and retry — never a guessed address.
 */
@Component
class KeycloakFallbackFactory extends ServiceFallbackFactory<KeycloakAdminClient> {

	private static final Logger log = LoggerFactory.getLogger(KeycloakFallbackFactory.class);

	@Override
	protected KeycloakAdminClient fallback(Throwable cause) {
		RuntimeException failure = translate(cause);
		return new KeycloakAdminClient() {

			@Override
			public KeycloakUser user(String id) {
				throw failure;
			}

			@Override
			public List<KeycloakUser> usersWithRole(String role, int first, int max, boolean briefRepresentation) {
				throw failure;
			}

			@Override
			public List<KeycloakUser> usersByUsername(String username, boolean exact, boolean briefRepresentation) {
				throw failure;
			}

			@Override
			public List<KeycloakUser> usersByAttribute(String query, int first, int max, boolean briefRepresentation) {
				throw failure;
			}

		};
	}

	private static RuntimeException translate(Throwable cause) {
		if (cause instanceof KeycloakNotFoundException notFound) {
			return notFound;
		}
		String reason = DownstreamFailures.describe(cause);
		log.warn("Keycloak admin API unavailable: {}", reason);
		return new DirectoryUnavailableException("Keycloak admin API unavailable: " + reason);
	}

}
