package nl.secondopinion.gateway.bff;

import reactor.core.publisher.Mono;

import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Makes sure a browser gets its {@code XSRF-TOKEN} cookie on the first page load. Spring
 * Security on WebFlux creates the token (and writes the cookie) only when someone
 * subscribes to it, which nothing in the gateway would otherwise do. Health probes are
 * left alone.
 */
final class CsrfCookieWebFilter implements WebFilter {

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
		if (token == null || exchange.getRequest().getPath().pathWithinApplication().value().startsWith("/actuator")) {
			return chain.filter(exchange);
		}
		return token.then(chain.filter(exchange));
	}

}
