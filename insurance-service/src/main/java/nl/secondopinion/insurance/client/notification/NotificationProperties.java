package nl.secondopinion.insurance.client.notification;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

@Validated
@ConfigurationProperties("secondopinion.insurance.notification")
record NotificationProperties(@NotNull URI url, @NotNull Duration connectTimeout, @NotNull Duration readTimeout) {

}
