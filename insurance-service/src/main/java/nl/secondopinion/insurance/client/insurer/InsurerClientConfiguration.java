package nl.secondopinion.insurance.client.insurer;

import java.time.Clock;

import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class InsurerClientConfiguration {

	@Bean
	InsurerConnectors insurerConnectors(InsurerEndpoints endpoints, CircuitBreakerRegistry breakers,
			RetryRegistry retries, BulkheadRegistry bulkheads, TimeLimiterRegistry timeLimiters, Clock clock) {
		return new InsurerConnectors(endpoints, breakers, retries, bulkheads, timeLimiters, clock);
	}

}
