package nl.secondopinion.insurance.client.referral;

import feign.Request;
import feign.codec.ErrorDecoder;

import org.springframework.context.annotation.Bean;

/**
 * Settings for {@link ReferralClient} only; deliberately not a {@code @Configuration}, or
 * component scanning would apply it to every Feign client.
 */
class ReferralClientConfiguration {

	@Bean
	ErrorDecoder referralErrorDecoder() {
		return new ReferralErrorDecoder();
	}

	@Bean
	Request.Options referralTimeouts(ReferralProperties properties) {
		return new Request.Options(properties.connectTimeout(), properties.readTimeout(), true);
	}

}
