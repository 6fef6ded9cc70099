package nl.secondopinion.gateway.correlation;

import io.micrometer.context.ContextRegistry;
import org.slf4j.MDC;

import org.springframework.context.annotation.Configuration;

/**
 * Lets Reactor copy the correlation id from its context into the MDC whenever an operator
 * of the request's chain runs (with {@code spring.reactor.context-propagation:
 * auto}), so log lines of gateway and library code carry the id, whatever thread they run
 * on.
 */
@Configuration(proxyBeanMethods = false)
class CorrelationLogContextConfiguration {

	CorrelationLogContextConfiguration() {
		ContextRegistry.getInstance()
			.registerThreadLocalAccessor(CorrelationId.LOG_KEY, () -> MDC.get(CorrelationId.LOG_KEY),
					(value) -> MDC.put(CorrelationId.LOG_KEY, value), () -> MDC.remove(CorrelationId.LOG_KEY));
	}

}
