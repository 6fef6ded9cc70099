package nl.secondopinion.referral.client.dossier;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where dossier-service runs and how long we wait; the breaker and time limiter are under
 * {@code resilience4j.*.instances.dossier-service}.
 */
@Validated
@ConfigurationProperties("secondopinion.referral.dossier")
record DossierProperties(@NotNull URI url, @NotNull Duration connectTimeout, @NotNull Duration readTimeout,
		@NotNull Duration retryAfter) {

}
