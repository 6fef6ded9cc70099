package nl.secondopinion.notification.client;

import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.slf4j.MDC;

import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JCircuitBreakerFactory;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.cloud.openfeign.CircuitBreakerNameResolver;
import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

/**
 * What the Feign clients share: one breaker per downstream (named after the client), call
 * threads that keep the correlation id, and a token manager that works outside web
 * requests (deliveries run on worker threads).
 */
@Configuration(proxyBeanMethods = false)
@EnableFeignClients
class ClientConfiguration {

	@Bean
	CircuitBreakerNameResolver circuitBreakerPerService() {
		return (feignClientName, target, method) -> feignClientName;
	}

	@Bean(destroyMethod = "shutdown")
	ExecutorService downstreamCallThreads() {
		ThreadPoolExecutor pool = new ThreadPoolExecutor(0, 64, 60, TimeUnit.SECONDS, new SynchronousQueue<>(),
				(task) -> {
					Thread thread = new Thread(task, "downstream-call");
					thread.setDaemon(true);
					return thread;
				});
		return pool;
	}

	@Bean
	Customizer<Resilience4JCircuitBreakerFactory> correlatedDownstreamCalls(ExecutorService downstreamCallThreads) {
		return (factory) -> factory.configureExecutorService(new MdcExecutor(downstreamCallThreads));
	}

	@Bean
	AuthorizedClientServiceOAuth2AuthorizedClientManager serviceTokens(ClientRegistrationRepository registrations,
			OAuth2AuthorizedClientService clients) {
		AuthorizedClientServiceOAuth2AuthorizedClientManager manager = new AuthorizedClientServiceOAuth2AuthorizedClientManager(
				registrations, clients);
		manager
			.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder().clientCredentials().build());
		return manager;
	}

	/** Runs each call with the caller's MDC, so the correlation id reaches the callee. */
	static final class MdcExecutor extends java.util.concurrent.AbstractExecutorService {

		private final ExecutorService delegate;

		MdcExecutor(ExecutorService delegate) {
			this.delegate = delegate;
		}

		@Override
		public void execute(Runnable task) {
			Map<String, String> context = MDC.getCopyOfContextMap();
			this.delegate.execute(() -> {
				if (context != null) {
					MDC.setContextMap(context);
				}
				try {
					task.run();
				}
				finally {
					MDC.clear();
				}
			});
		}

		@Override
		public void shutdown() {
			this.delegate.shutdown();
		}

		@Override
		public java.util.List<Runnable> shutdownNow() {
			return this.delegate.shutdownNow();
		}

		@Override
		public boolean isShutdown() {
			return this.delegate.isShutdown();
		}

		@Override
		public boolean isTerminated() {
			return this.delegate.isTerminated();
		}

		@Override
		public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
			return this.delegate.awaitTermination(timeout, unit);
		}

	}

}
