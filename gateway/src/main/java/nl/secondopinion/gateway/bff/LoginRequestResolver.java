package nl.secondopinion.gateway.bff;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpMethod;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.server.DefaultServerOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.web.server.ServerWebExchange;

/**
 * Starts the sign-in at {@code GET /bff/login?returnTo=…}: remembers the (checked) target
 * in the session and answers with the redirect to Keycloak's authorization endpoint
 * straight away. Spring's own {@code /oauth2/authorization/keycloak} keeps working.
 */
final class LoginRequestResolver implements ServerOAuth2AuthorizationRequestResolver {

	static final String LOGIN_PATH = "/bff/login";

	private final ServerWebExchangeMatcher loginRequest = ServerWebExchangeMatchers.pathMatchers(HttpMethod.GET,
			LOGIN_PATH);

	private final DefaultServerOAuth2AuthorizationRequestResolver delegate;

	LoginRequestResolver(ReactiveClientRegistrationRepository registrations) {
		this.delegate = new DefaultServerOAuth2AuthorizationRequestResolver(registrations);
	}

	@Override
	public Mono<OAuth2AuthorizationRequest> resolve(ServerWebExchange exchange) {
		return this.loginRequest.matches(exchange)
			.flatMap((match) -> match.isMatch()
					? ReturnTo.remember(exchange).then(this.delegate.resolve(exchange, BffProperties.REGISTRATION_ID))
					: this.delegate.resolve(exchange));
	}

	@Override
	public Mono<OAuth2AuthorizationRequest> resolve(ServerWebExchange exchange, String clientRegistrationId) {
		return this.delegate.resolve(exchange, clientRegistrationId);
	}

}
