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
		ErrorDecoder fallback = new ErrorDecoder.Default();
		return (methodKey, response) -> {
			int status = response.status();
			if (status >= 400 && status < 500 && status != 408 && status != 429) {
				return new NotificationRejectedException(status);
			}
			return fallback.decode(methodKey, response);
		};
	}

	@Bean
	Request.Options notificationTimeouts(NotificationProperties properties) {
		return new Request.Options(properties.connectTimeout().toMillis(), TimeUnit.MILLISECONDS,
				properties.readTimeout().toMillis(), TimeUnit.MILLISECONDS, true);
	}

}
