package nl.secondopinion.insurance.client;

import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.slf4j.MDC;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JCircuitBreakerFactory;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.cloud.openfeign.CircuitBreakerNameResolver;
import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the platform-service Feign clients share: one circuit breaker per downstream
 * service (named after the client, so {@code resilience4j.*.instances.<service>} applies)
 * and call threads that keep the correlation id.
 */
@Configuration(proxyBeanMethods = false)
@EnableFeignClients
class ClientConfiguration {

	@Bean
	CircuitBreakerNameResolver circuitBreakerPerService() {
		return (feignClientName, target, method) -> feignClientName;
	}

	@Bean
	DownstreamCallThreads downstreamCallThreads() {
		return new DownstreamCallThreads();
	}

	@Bean
	Customizer<Resilience4JCircuitBreakerFactory> correlatedDownstreamCalls(DownstreamCallThreads threads) {
		return (factory) -> factory.configureExecutorService(threads.executor);
	}

	/** Virtual threads, each started with the caller's logging context. */
	static final class DownstreamCallThreads implements DisposableBean {

		private final ExecutorService executor = new MdcExecutor(
				Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("downstream-call-", 0).factory()));

		@Override
		public void destroy() {
			this.executor.shutdownNow();
		}

	}

	static Runnable withMdc(Runnable task) {
		Map<String, String> context = MDC.getCopyOfContextMap();
		return () -> {
			if (context != null) {
				MDC.setContextMap(context);
			}
			try {
				task.run();
			}
			finally {
				MDC.clear();
			}
		};
	}

}
