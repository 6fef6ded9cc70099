package nl.secondopinion.referral.client.notification;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** Where notification-service runs and how long the relay waits for it. */
@Validated
@ConfigurationProperties("secondopinion.referral.notification")
record NotificationProperties(@NotNull URI url, @NotNull Duration connectTimeout, @NotNull Duration readTimeout) {

}
