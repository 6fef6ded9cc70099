package nl.secondopinion.notification.client.keycloak;

import feign.Request;
import feign.RequestInterceptor;
import feign.codec.ErrorDecoder;

import org.springframework.cloud.openfeign.security.OAuth2AccessTokenInterceptor;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;

/**
 * For {@link KeycloakAdminClient} only (not a {@code @Configuration}): the service
 * account's token goes to Keycloak and nowhere else — not to the SMS provider.
 */
class KeycloakClientConfiguration {

	@Bean
	RequestInterceptor keycloakServiceToken(OAuth2AuthorizedClientManager serviceTokens) {
		return new OAuth2AccessTokenInterceptor("notification-service", serviceTokens);
	}

	@Bean
	ErrorDecoder keycloakErrorDecoder() {
		ErrorDecoder fallback = new ErrorDecoder.Default();
		return (methodKey, response) -> (response.status() == 404) ? new KeycloakNotFoundException()
				: fallback.decode(methodKey, response);
	}

	@Bean
	Request.Options keycloakTimeouts(KeycloakProperties properties) {
		return new Request.Options(properties.connectTimeout(), properties.readTimeout(), true);
	}

}
