package nl.secondopinion.testing;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;

import nl.secondopinion.support.security.KeycloakRealmRoleConverter;

/**
 * MockMvc tokens shaped like the realm's access tokens (subject, username, realm roles
 * and organisation claims), for slice and integration tests that do not start Keycloak.
 */
public final class TestTokens {

	private TestTokens() {
	}

	public static JwtRequestPostProcessor user(String subject, String username, String... roles) {
		return user(subject, username, Map.of(), roles);
	}

	public static JwtRequestPostProcessor user(String subject, String username, Map<String, Object> claims,
			String... roles) {
		List<String> roleList = Arrays.asList(roles);
		return SecurityMockMvcRequestPostProcessors.jwt()
			.jwt((jwt) -> jwt.subject(subject)
				.claim("preferred_username", username)
				.claim("realm_access", Map.of("roles", roleList))
				.claims((all) -> all.putAll(claims)))
			.authorities(new KeycloakRealmRoleConverter());
	}

	public static JwtRequestPostProcessor anna() {
		return user("5e0c0000-0000-4000-8000-000000000001", "anna", Map.of("locale", "nl"), "patient");
	}

	public static JwtRequestPostProcessor bram() {
		return user("5e0c0000-0000-4000-8000-000000000002", "bram", Map.of("locale", "en"), "patient");
	}

	public static JwtRequestPostProcessor service(String clientId) {
		return user("service-account-" + clientId, "service-account-" + clientId, Map.of("azp", clientId),
				"platform-service");
	}

}
