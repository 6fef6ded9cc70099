package nl.secondopinion.gateway.correlation;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;

import org.springframework.web.server.ServerWebExchange;

/**
 * The id that ties one user action together across the gateway, the services and their
 * logs. The gateway is where it is born: services trust the value it forwards.
 */
public final class CorrelationId {

	public static final String HEADER = "X-Correlation-ID";

	/** Key in the logging context (MDC) and in the Reactor context. */
	public static final String LOG_KEY = "correlationId";

	static final String ATTRIBUTE = CorrelationId.class.getName();

	// Anything else from outside is replaced: the value ends up in logs and headers.
	private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._-]{8,64}");

	private CorrelationId() {
	}

	public static String acceptOrGenerate(@Nullable String candidate) {
		if (candidate != null && ACCEPTABLE.matcher(candidate).matches()) {
			return candidate;
		}
		return UUID.randomUUID().toString();
	}

	public static Optional<String> of(ServerWebExchange exchange) {
		return Optional.ofNullable(exchange.getAttribute(ATTRIBUTE));
	}

	/**
	 * Puts the exchange's id in the logging context until the returned handle is closed.
	 * Log lines written outside the request's Reactor chain (error handlers, commit
	 * callbacks) need this: automatic context propagation does not reach them.
	 */
	public static MDC.MDCCloseable inLogContext(ServerWebExchange exchange) {
		return MDC.putCloseable(LOG_KEY, of(exchange).orElse("none"));
	}

}
