package nl.secondopinion.dossier.client.referral;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where referral-service runs and how long we wait for it. The circuit breaker and time
 * limiter are configured under {@code resilience4j.*.instances.referral-service}.
 *
 * @param url base URL of referral-service
 * @param connectTimeout how long to wait for a TCP connection
 * @param readTimeout how long to wait for the answer once connected
 * @param retryAfter what a 503 answer advises the caller to wait before trying again
 */
@Validated
@ConfigurationProperties("secondopinion.dossier.referral")
record ReferralProperties(@NotNull URI url, @NotNull Duration connectTimeout, @NotNull Duration readTimeout,
		@NotNull Duration retryAfter) {

}
