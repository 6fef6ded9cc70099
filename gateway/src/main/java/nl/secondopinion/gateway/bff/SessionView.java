package nl.secondopinion.gateway.bff;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.StandardClaimNames;
import org.springframework.security.oauth2.core.user.OAuth2User;

/**
 * The body of {@code GET /bff/session}: who is signed in, never a token.
 *
 * @param authenticated whether the session holds a signed-in user with tokens
 * @param user that user; absent when not signed in
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record SessionView(boolean authenticated, @Nullable User user) {

	static final SessionView ANONYMOUS = new SessionView(false, null);

	static SessionView of(OAuth2AuthenticationToken authentication) {
		OAuth2User principal = authentication.getPrincipal();
		List<String> roles = authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter((authority) -> authority != null && authority.startsWith(KeycloakRoles.PREFIX))
			.map((authority) -> authority.substring(KeycloakRoles.PREFIX.length()))
			.toList();
		return new SessionView(true,
				new User(authentication.getName(), principal.getAttribute(StandardClaimNames.PREFERRED_USERNAME),
						principal.getAttribute(StandardClaimNames.NAME), roles,
						principal.getAttribute(StandardClaimNames.LOCALE)));
	}

	/**
	 * The signed-in user.
	 *
	 * @param id Keycloak's subject ({@code sub}), the id every service knows the user by
	 * @param username the sign-in name
	 * @param name the full name
	 * @param roles the platform's realm roles
	 * @param locale {@code nl}, {@code en}, or {@code null} when the user chose none
	 */
	@JsonInclude(JsonInclude.Include.ALWAYS)
	record User(String id, @Nullable String username, @Nullable String name, List<String> roles,
			@Nullable String locale) {
	}

}
