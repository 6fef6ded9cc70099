package nl.secondopinion.gateway.bff;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebSession;

/**
 * The authorized-client manager behind {@code TokenRelay}, around Spring's default one
 * (which loads the session's tokens and refreshes an access token about to expire).
 * <ul>
 * <li>Requests of one session that need a refresh at the same moment share one refresh.
 * Keycloak rotates refresh tokens and ends the session when a used one comes back, so a
 * portal page firing three API calls at once must not refresh three times.</li>
 * <li>A session whose tokens cannot be had (refresh refused, tokens gone) is answered
 * 401, like a request without credentials; the portal then sends the user to sign in.
 * Without this, Spring would answer an API call with a redirect to Keycloak.</li>
 * </ul>
 * The sharing is per gateway instance: with several replicas, sticky sessions keep a
 * session's parallel calls on one of them.
 */
final class RelayAuthorizedClientManager implements ReactiveOAuth2AuthorizedClientManager {

	private static final Logger log = LoggerFactory.getLogger(RelayAuthorizedClientManager.class);

	private final ReactiveOAuth2AuthorizedClientManager delegate;

	private final Map<String, Mono<OAuth2AuthorizedClient>> inFlight = new ConcurrentHashMap<>();

	RelayAuthorizedClientManager(ReactiveOAuth2AuthorizedClientManager delegate) {
		this.delegate = delegate;
	}

	@Override
	public Mono<OAuth2AuthorizedClient> authorize(OAuth2AuthorizeRequest request) {
		return sessionId(request).map(Optional::of)
			.defaultIfEmpty(Optional.empty())
			.flatMap((sessionId) -> sessionId.isPresent() ? shared(sessionId.get(), request)
					: this.delegate.authorize(request))
			.onErrorMap(OAuth2AuthorizationException.class, (ex) -> {
				log.info("No access token for the session's request: {}", ex.getError().getErrorCode());
				return new ResponseStatusException(HttpStatus.UNAUTHORIZED, "No valid session tokens", ex);
			});
	}

	private Mono<OAuth2AuthorizedClient> shared(String sessionId, OAuth2AuthorizeRequest request) {
		String key = sessionId + "/" + request.getClientRegistrationId();
		return Mono.defer(() -> this.inFlight.computeIfAbsent(key,
				(k) -> this.delegate.authorize(request).doFinally((signal) -> this.inFlight.remove(k)).cache()));
	}

	private static Mono<String> sessionId(OAuth2AuthorizeRequest request) {
		@Nullable ServerWebExchange attribute = request.getAttribute(ServerWebExchange.class.getName());
		return Mono.justOrEmpty(attribute)
			.switchIfEmpty(
					Mono.deferContextual((context) -> Mono.justOrEmpty(context.getOrEmpty(ServerWebExchange.class))))
			.flatMap(ServerWebExchange::getSession)
			.filter(WebSession::isStarted)
			.map(WebSession::getId);
	}

}
