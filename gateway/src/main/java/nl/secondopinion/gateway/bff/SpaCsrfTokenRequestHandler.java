package nl.secondopinion.gateway.bff;

import reactor.core.publisher.Mono;

import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestHandler;
import org.springframework.web.server.ServerWebExchange;

/**
 * Accepts the CSRF token as the portal sends it: the raw value of the {@code XSRF-TOKEN}
 * cookie, in the {@code X-XSRF-TOKEN} header or, for plain HTML forms such as sign-out,
 * in the {@code _csrf} form field. Spring's default expects a masked token that only a
 * server-rendered page could know. The header is looked at first, and an API request's
 * body is never read here: it must reach the service untouched.
 */
final class SpaCsrfTokenRequestHandler implements ServerCsrfTokenRequestHandler {

	private final ServerCsrfTokenRequestAttributeHandler plain = new ServerCsrfTokenRequestAttributeHandler();

	@Override
	public void handle(ServerWebExchange exchange, Mono<CsrfToken> csrfToken) {
		this.plain.handle(exchange, csrfToken);
	}

	@Override
	public Mono<String> resolveCsrfTokenValue(ServerWebExchange exchange, CsrfToken csrfToken) {
		String header = exchange.getRequest().getHeaders().getFirst(csrfToken.getHeaderName());
		if (header != null) {
			return Mono.just(header);
		}
		if (exchange.getRequest().getPath().pathWithinApplication().value().startsWith("/api/")) {
			return Mono.empty();
		}
		return exchange.getFormData().mapNotNull((form) -> form.getFirst(csrfToken.getParameterName()));
	}

}
