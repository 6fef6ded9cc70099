package nl.secondopinion.gateway.bff;

import java.net.URI;

import reactor.core.publisher.Mono;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.server.DefaultServerRedirectStrategy;
import org.springframework.security.web.server.ServerRedirectStrategy;
import org.springframework.security.web.server.WebFilterExchange;
import org.springframework.security.web.server.authentication.ServerAuthenticationSuccessHandler;

/** After sign-in, sends the browser to the path {@code /bff/login} remembered. */
final class ReturnToSuccessHandler implements ServerAuthenticationSuccessHandler {

	private final ServerRedirectStrategy redirect = new DefaultServerRedirectStrategy();

	@Override
	public Mono<Void> onAuthenticationSuccess(WebFilterExchange webFilterExchange, Authentication authentication) {
		return ReturnTo.take(webFilterExchange.getExchange())
			.flatMap((target) -> this.redirect.sendRedirect(webFilterExchange.getExchange(), URI.create(target)));
	}

}
