package nl.secondopinion.support.feign;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JCircuitBreakerFactory;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.cloud.openfeign.CircuitBreakerNameResolver;
import org.springframework.context.annotation.Bean;

import nl.secondopinion.support.correlation.CorrelatedExecutorService;

/**
 * What every service's Feign clients share: one circuit breaker per downstream service,
 * and call threads that keep the correlation id.
 */
@AutoConfiguration(beforeName = "org.springframework.cloud.openfeign.FeignAutoConfiguration")
@ConditionalOnClass({ CircuitBreakerNameResolver.class, Resilience4JCircuitBreakerFactory.class })
public class DownstreamCallsAutoConfiguration {

	/**
	 * Names each breaker after its Feign client, e.g. {@code insurance-service}, so the
	 * {@code resilience4j.*.instances.<name>} settings in application.yml apply to it.
	 * The default, derived from the method signature, would change whenever a method does
	 * and would split one service's health over several breakers.
	 */
	@Bean
	@ConditionalOnMissingBean
	CircuitBreakerNameResolver circuitBreakerPerService() {
		return (feignClientName, target, method) -> feignClientName;
	}

	/**
	 * The time limiter runs each call on a worker thread, where the logging context would
	 * be empty. Virtual threads: a call never waits in a queue behind others, and a
	 * hanging downstream costs no platform thread.
	 */
	@Bean(destroyMethod = "shutdownNow")
	ExecutorService downstreamCallThreads() {
		return new CorrelatedExecutorService(
				Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("downstream-call-", 0).factory()));
	}

	@Bean
	Customizer<Resilience4JCircuitBreakerFactory> correlatedDownstreamCalls(ExecutorService downstreamCallThreads) {
		return (factory) -> factory.configureExecutorService(downstreamCallThreads);
	}

}
