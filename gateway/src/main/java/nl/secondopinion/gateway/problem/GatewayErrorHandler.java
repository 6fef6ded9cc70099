package nl.secondopinion.gateway.problem;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import reactor.core.publisher.Mono;

import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpStatusCodeException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;

import nl.secondopinion.gateway.correlation.CorrelationId;

/**
 * Turns every failure of the gateway itself (no route, downstream refused, timed out,
 * rate limit) into a problem answer. Runs before Boot's handler, whose body has another
 * shape. An answer a service already started to send cannot be replaced: then the
 * connection is closed, as any proxy would.
 */
@Component
@Order(-2)
class GatewayErrorHandler implements ErrorWebExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(GatewayErrorHandler.class);

	private final ProblemResponder responder;

	GatewayErrorHandler(ProblemResponder responder) {
		this.responder = responder;
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, Throwable failure) {
		if (exchange.getResponse().isCommitted()) {
			return Mono.error(failure);
		}
		HttpStatusCode status = FailureClassifier.statusFor(failure);
		logFailure(exchange, status, failure);
		copyAdvisoryHeaders(exchange, failure);
		return this.responder.respond(exchange, status);
	}

	private void logFailure(ServerWebExchange exchange, HttpStatusCode status, Throwable failure) {
		try (MDC.MDCCloseable ignored = CorrelationId.inLogContext(exchange)) {
			String path = exchange.getRequest().getPath().value();
			if (status.value() == 500) {
				log.error("Unexpected failure on {}", path, failure);
			}
			else if (status.is5xxServerError()) {
				log.warn("Answering {} on {}: {}", status.value(), path, failure.toString());
			}
			else {
				log.debug("Answering {} on {}: {}", status.value(), path, failure.toString());
			}
		}
	}

	// Allow (405) and Retry-After (429) tell a client what to do next; keep them.
	private static void copyAdvisoryHeaders(ServerWebExchange exchange, Throwable failure) {
		HttpHeaders source = null;
		if (failure instanceof ResponseStatusException statusException) {
			source = statusException.getHeaders();
		}
		else if (failure instanceof HttpStatusCodeException statusException) {
			source = statusException.getResponseHeaders();
		}
		if (source == null) {
			return;
		}
		HttpHeaders target = exchange.getResponse().getHeaders();
		for (String name : new String[] { HttpHeaders.ALLOW, HttpHeaders.RETRY_AFTER }) {
			String value = source.getFirst(name);
			if (value != null && !target.containsHeader(name)) {
				target.set(name, value);
			}
		}
	}

}
