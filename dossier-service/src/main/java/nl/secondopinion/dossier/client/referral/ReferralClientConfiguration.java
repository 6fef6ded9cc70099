package nl.secondopinion.dossier.client.referral;

import feign.Request;
import feign.codec.ErrorDecoder;

import org.springframework.context.annotation.Bean;

/**
 * Settings for {@link ReferralClient} only. Deliberately not a {@code @Configuration}:
 * component scanning would otherwise apply it to every Feign client.
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
