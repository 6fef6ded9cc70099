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
		return user("a1111111-1111-4111-8111-111111111111", "anna", Map.of("locale", "nl"), "patient");
	}

	public static JwtRequestPostProcessor bram() {
		return user("b2222222-2222-4222-8222-222222222222", "bram", Map.of("locale", "en"), "patient");
	}

	public static JwtRequestPostProcessor service(String clientId) {
		return user("service-account-" + clientId, "service-account-" + clientId, Map.of("azp", clientId),
				"platform-service");
	}

}
