package nl.secondopinion.gateway.security;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.CorsProcessor;
import org.springframework.web.cors.reactive.CorsUtils;
import org.springframework.web.cors.reactive.DefaultCorsProcessor;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import nl.secondopinion.gateway.problem.ProblemResponder;

/**
 * Spring's CORS filter, except that a refused origin gets a 403 problem instead of an
 * empty body. Lives only inside the security chain (ahead of authentication, so a
 * preflight needs no token), hence no bean of its own.
 */
class ProblemCorsWebFilter implements WebFilter {

	private final CorsConfigurationSource source;

	private final CorsProcessor processor = new DefaultCorsProcessor();

	private final ProblemResponder responder;

	ProblemCorsWebFilter(CorsConfigurationSource source, ProblemResponder responder) {
		this.source = source;
		this.responder = responder;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		boolean allowed = this.processor.process(this.source.getCorsConfiguration(exchange), exchange);
		if (!allowed) {
			return this.responder.respond(exchange, HttpStatus.FORBIDDEN);
		}
		if (CorsUtils.isPreFlightRequest(exchange.getRequest())) {
			return Mono.empty();
		}
		return chain.filter(exchange);
	}

}
