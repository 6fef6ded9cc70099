package nl.secondopinion.gateway.routing;

import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import nl.secondopinion.gateway.correlation.CorrelationId;

/**
 * Drops internal and identity headers that come from outside, before security and routing
 * see the request, so that neither the gateway nor a service can be talked into trusting
 * them. Identity travels only in the signed token.
 */
@Component
class SpoofedHeaderWebFilter implements WebFilter, Ordered {

	private static final Logger log = LoggerFactory.getLogger(SpoofedHeaderWebFilter.class);

	private final List<String> removedPrefixes;

	SpoofedHeaderWebFilter(InboundHeaderProperties properties) {
		this.removedPrefixes = properties.removedPrefixes().stream().map((p) -> p.toLowerCase(Locale.ROOT)).toList();
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		List<String> spoofed = exchange.getRequest()
			.getHeaders()
			.headerNames()
			.stream()
			.filter(this::isRemoved)
			.toList();
		if (spoofed.isEmpty()) {
			return chain.filter(exchange);
		}
		try (MDC.MDCCloseable ignored = CorrelationId.inLogContext(exchange)) {
			log.info("Removed headers a client may not set: {}", spoofed);
		}
		ServerHttpRequest request = exchange.getRequest()
			.mutate()
			.headers((headers) -> spoofed.forEach(headers::remove))
			.build();
		return chain.filter(exchange.mutate().request(request).build());
	}

	private boolean isRemoved(String headerName) {
		String name = headerName.toLowerCase(Locale.ROOT);
		return this.removedPrefixes.stream().anyMatch(name::startsWith);
	}

	@Override
	public int getOrder() {
		// Right after the correlation id, so the log line above carries it.
		return Ordered.HIGHEST_PRECEDENCE + 2;
	}

}
