package nl.secondopinion.notification.client.keycloak;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.cloud.openfeign.FallbackFactory;
import org.springframework.stereotype.Component;

import nl.secondopinion.notification.delivery.DirectoryUnavailableException;

/**
 * A 404 stays a 404 (the caller maps it to "no such user"); every other failure (5xx,
 * timeout, refused connection, no token, open breaker) says the directory is unavailable,
 * which makes the delivery wait and retry — never a guessed address.
 */
@Component
class KeycloakFallbackFactory implements FallbackFactory<KeycloakAdminClient> {

	private static final Logger log = LoggerFactory.getLogger(KeycloakFallbackFactory.class);

	@Override
	public KeycloakAdminClient create(Throwable cause) {
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
		Throwable root = (cause.getCause() != null) ? cause.getCause() : cause;
		String reason = cause.getClass().getSimpleName() + " (" + root.getClass().getSimpleName() + ")";
		log.warn("Keycloak admin API unavailable: {}", reason);
		return new DirectoryUnavailableException("Keycloak admin API unavailable: " + reason);
	}

}
