package nl.secondopinion.notification.client.sms;

import feign.Request;
import feign.RequestInterceptor;
import feign.codec.ErrorDecoder;

import org.springframework.context.annotation.Bean;

/** For {@link SmsClient} only: its own key, its own timeouts, no Keycloak token. */
class SmsClientConfiguration {

	@Bean
	RequestInterceptor smsApiKey(SmsProperties properties) {
		return (template) -> template.header("X-Api-Key", properties.apiKey());
	}

	@Bean
	ErrorDecoder smsErrorDecoder() {
		return new SmsErrorDecoder();
	}

	@Bean
	Request.Options smsTimeouts(SmsProperties properties) {
		return new Request.Options(properties.connectTimeout(), properties.readTimeout(), true);
	}

}
