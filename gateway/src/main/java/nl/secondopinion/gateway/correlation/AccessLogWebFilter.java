package nl.secondopinion.gateway.correlation;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.slf4j.spi.LoggingEventBuilder;
import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * One line per answered request, written when the status is final (at commit), so that
 * gateway errors rendered after the filter chain are logged too. Query strings are left
 * out: they may hold personal data. Health probes are logged at debug level only.
 */
@Component
class AccessLogWebFilter implements WebFilter, Ordered {

	private static final Logger log = LoggerFactory.getLogger("nl.secondopinion.gateway.access");

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		long start = System.nanoTime();
		exchange.getResponse().beforeCommit(() -> {
			logAnswer(exchange, start);
			return Mono.empty();
		});
		return chain.filter(exchange);
	}

	private void logAnswer(ServerWebExchange exchange, long start) {
		long millis = (System.nanoTime() - start) / 1_000_000;
		HttpStatusCode status = exchange.getResponse().getStatusCode();
		Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
		try (MDC.MDCCloseable ignored = CorrelationId.inLogContext(exchange)) {
			// Probes come every few seconds and would drown the lines that matter.
			LoggingEventBuilder event = isProbe(exchange) ? log.atDebug() : log.atInfo();
			event.addKeyValue("http.request.method", exchange.getRequest().getMethod().name())
				.addKeyValue("url.path", exchange.getRequest().getPath().value())
				.addKeyValue("http.response.status_code", statusValue(status))
				.addKeyValue("event.duration_ms", millis)
				.addKeyValue("gateway.route", (route != null) ? route.getId() : "none")
				.log("{} {} answered {} in {} ms", exchange.getRequest().getMethod().name(),
						exchange.getRequest().getPath().value(), statusValue(status), millis);
		}
	}

	private static boolean isProbe(ServerWebExchange exchange) {
		return exchange.getRequest().getPath().value().startsWith("/actuator/health");
	}

	private static int statusValue(@Nullable HttpStatusCode status) {
		return (status != null) ? status.value() : 200;
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 1;
	}

}
