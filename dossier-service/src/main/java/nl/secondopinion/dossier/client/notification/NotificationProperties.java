package nl.secondopinion.dossier.client.notification;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where notification-service runs and how long we wait for it; breaker settings are under
 * {@code resilience4j.*.instances.notification-service}.
 */
@Validated
@ConfigurationProperties("secondopinion.dossier.notification")
record NotificationProperties(@NotNull URI url, @NotNull Duration connectTimeout, @NotNull Duration readTimeout) {

}
