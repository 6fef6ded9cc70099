package nl.secondopinion.gateway.correlation;

import reactor.core.publisher.Mono;
import reactor.util.context.Context;

import org.springframework.core.Ordered;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Runs before anything else, security included, so that every answer (a routed one, a
 * 401, a 404) carries the id and the service receives the same one.
 */
@Component
class CorrelationIdWebFilter implements WebFilter, Ordered {

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		String id = CorrelationId.acceptOrGenerate(exchange.getRequest().getHeaders().getFirst(CorrelationId.HEADER));
		exchange.getAttributes().put(CorrelationId.ATTRIBUTE, id);
		// Set at commit time: a routed answer copies the service's headers in after this
		// filter ran, and must not end up with two values.
		exchange.getResponse().beforeCommit(() -> {
			exchange.getResponse().getHeaders().set(CorrelationId.HEADER, id);
			return Mono.empty();
		});
		ServerHttpRequest request = exchange.getRequest()
			.mutate()
			.headers((headers) -> headers.set(CorrelationId.HEADER, id))
			.build();
		return chain.filter(exchange.mutate().request(request).build())
			.contextWrite(Context.of(CorrelationId.LOG_KEY, id));
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
