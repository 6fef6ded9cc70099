package nl.secondopinion.gateway.bff;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserSource;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/**
 * Builds the signed-in user from the ID token plus the realm roles, which Keycloak puts
 * in the access token only ({@code realm_access.roles}). The access token is checked with
 * the same decoder that checks bearer tokens (signature, issuer, expiry, audience
 * {@code gateway}), so a sign-in with tokens the services would refuse fails at once.
 */
final class KeycloakRoles implements Converter<OidcUserSource, Mono<OidcUser>> {

	/** Prefix of the authorities that stand for realm roles. */
	static final String PREFIX = "ROLE_";

	private final ReactiveJwtDecoder accessTokenDecoder;

	KeycloakRoles(ReactiveJwtDecoder accessTokenDecoder) {
		this.accessTokenDecoder = accessTokenDecoder;
	}

	@Override
	public Mono<OidcUser> convert(OidcUserSource source) {
		OidcUserRequest request = source.getUserRequest();
		return this.accessTokenDecoder.decode(request.getAccessToken().getTokenValue())
			.<OidcUser>map((accessToken) -> new DefaultOidcUser(authorities(accessToken), request.getIdToken(),
					source.getUserInfo(), IdTokenClaimNames.SUB))
			.onErrorMap(JwtException.class, (ex) -> new OAuth2AuthenticationException(
					new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, "Keycloak's access token was refused", null), ex));
	}

	private static Collection<GrantedAuthority> authorities(Jwt accessToken) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		Map<String, Object> realmAccess = accessToken.getClaimAsMap("realm_access");
		if (realmAccess != null && realmAccess.get("roles") instanceof Collection<?> roles) {
			for (Object role : roles) {
				if (role instanceof String name && !name.isBlank()) {
					authorities.add(new SimpleGrantedAuthority(PREFIX + name));
				}
			}
		}
		return authorities;
	}

}
