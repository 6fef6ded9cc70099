package nl.secondopinion.gateway.ratelimit;

import org.springframework.cloud.gateway.filter.ratelimit.KeyResolver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The defaults the {@code RequestRateLimiter} filter picks up when a route names no
 * limiter or key resolver of its own.
 */
@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

	@Bean
	InMemoryRateLimiter inMemoryRateLimiter(RateLimitProperties properties) {
		return new InMemoryRateLimiter(properties, System::nanoTime);
	}

	@Bean
	KeyResolver clientKeyResolver() {
		return new ClientKeyResolver();
	}

}
