package nl.secondopinion.insurance.client.notification;

import feign.Request;
import feign.codec.ErrorDecoder;

import org.springframework.context.annotation.Bean;

/** Settings for {@link NotificationClient} only. */
class NotificationClientConfiguration {

	@Bean
	ErrorDecoder notificationErrorDecoder() {
		return new NotificationErrorDecoder();
	}

	@Bean
	Request.Options notificationTimeouts(NotificationProperties properties) {
		return new Request.Options(properties.connectTimeout(), properties.readTimeout(), true);
	}

}
