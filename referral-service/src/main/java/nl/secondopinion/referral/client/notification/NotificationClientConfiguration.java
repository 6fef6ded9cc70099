package nl.secondopinion.referral.client.notification;

import java.util.concurrent.TimeUnit;

import feign.Request;
import feign.codec.ErrorDecoder;

import org.springframework.context.annotation.Bean;

/**
 * Settings for {@link NotificationClient} only; not a {@code @Configuration} on purpose.
 */
class NotificationClientConfiguration {

	@Bean
	ErrorDecoder notificationErrorDecoder() {
		return new NotificationErrorDecoder();
	}

	@Bean
	Request.Options notificationTimeouts(NotificationProperties properties) {
		return new Request.Options(properties.connectTimeout().toMillis(), TimeUnit.MILLISECONDS,
				properties.readTimeout().toMillis(), TimeUnit.MILLISECONDS, true);
	}

}
