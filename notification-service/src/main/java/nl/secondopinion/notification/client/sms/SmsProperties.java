package nl.secondopinion.notification.client.sms;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param url the SMS provider's API base URL
 * @param apiKey the provider's API key (sent as {@code X-Api-Key})
 * @param sender the sender name shown on the phone
 * @param connectTimeout how long to wait for a TCP connection
 * @param readTimeout how long to wait for the answer
 */
@Validated
@ConfigurationProperties("secondopinion.notification.sms")
record SmsProperties(@NotNull URI url, @NotBlank String apiKey, @NotBlank String sender,
		@NotNull Duration connectTimeout, @NotNull Duration readTimeout) {

}
