package nl.secondopinion.dossier.client;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JCircuitBreakerFactory;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.cloud.openfeign.CircuitBreakerNameResolver;
import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * What every Feign client of this service shares: one circuit breaker per downstream
 * service, and call threads that keep the correlation id.
 */
@Configuration(proxyBeanMethods = false)
@EnableFeignClients
class ClientConfiguration {

	/**
	 * Names each breaker after its Feign client, e.g. {@code referral-service}, so the
	 * {@code resilience4j.*.instances.<name>} settings in application.yml apply to it.
	 * The default, derived from the method signature, would change whenever a method does
	 * and would split one service's health over several breakers.
	 */
	@Bean
	CircuitBreakerNameResolver circuitBreakerPerService() {
		return (feignClientName, target, method) -> feignClientName;
	}

	@Bean
	DownstreamCallThreads downstreamCallThreads() {
		return new DownstreamCallThreads();
	}

	/**
	 * The time limiter runs each call on a pool thread, where the MDC (and with it the
	 * correlation id the Feign interceptor forwards) would be empty.
	 */
	@Bean
	Customizer<Resilience4JCircuitBreakerFactory> correlatedDownstreamCalls(DownstreamCallThreads threads) {
		return (factory) -> factory.configureExecutorService(threads.executor.getThreadPoolExecutor());
	}

	/**
	 * Holds the pool without exposing it as an {@code Executor} bean, which would replace
	 * Boot's application task executor.
	 */
	static final class DownstreamCallThreads implements DisposableBean {

		private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();

		DownstreamCallThreads() {
			this.executor.setThreadNamePrefix("downstream-call-");
			this.executor.setCorePoolSize(0);
			this.executor.setMaxPoolSize(64);
			// Hand-off like a cached pool: a call never waits in a queue behind others.
			this.executor.setQueueCapacity(0);
			this.executor.setTaskDecorator(new MdcTaskDecorator());
			this.executor.initialize();
		}

		@Override
		public void destroy() {
			this.executor.shutdown();
		}

	}

}
