package nl.secondopinion.insurance.client.referral;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where referral-service runs and how long we wait; breaker and time limiter under
 * {@code resilience4j.*.instances.referral-service}.
 */
@Validated
@ConfigurationProperties("secondopinion.insurance.referral")
record ReferralProperties(@NotNull URI url, @NotNull Duration connectTimeout, @NotNull Duration readTimeout,
		@NotNull Duration retryAfter) {

}
