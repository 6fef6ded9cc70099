package nl.secondopinion.gateway.bff;

import reactor.core.publisher.Mono;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * {@code GET /bff/session}: always 200, never cached. A session counts as signed in only
 * while it still holds Keycloak's tokens: after a refused refresh they are gone, and the
 * portal learns here that the user must sign in again.
 */
final class SessionEndpoint {

	private final ServerOAuth2AuthorizedClientRepository authorizedClients;

	SessionEndpoint(ServerOAuth2AuthorizedClientRepository authorizedClients) {
		this.authorizedClients = authorizedClients;
	}

	Mono<ServerResponse> session(ServerRequest request) {
		return request.exchange()
			.getPrincipal()
			.ofType(OAuth2AuthenticationToken.class)
			.filterWhen((authentication) -> this.authorizedClients
				.loadAuthorizedClient(authentication.getAuthorizedClientRegistrationId(), authentication,
						request.exchange())
				.hasElement())
			.map(SessionView::of)
			.defaultIfEmpty(SessionView.ANONYMOUS)
			.flatMap((view) -> ServerResponse.ok()
				.cacheControl(CacheControl.noStore())
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(view));
	}

}
