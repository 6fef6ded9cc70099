package nl.secondopinion.referral.client.insurance;

import feign.Request;
import feign.codec.ErrorDecoder;

import org.springframework.context.annotation.Bean;

/**
 * Settings for {@link InsuranceClient} only. Deliberately not a {@code @Configuration}:
 * component scanning would otherwise apply it to every Feign client.
 */
class InsuranceClientConfiguration {

	@Bean
	ErrorDecoder insuranceErrorDecoder() {
		return new InsuranceErrorDecoder();
	}

	@Bean
	Request.Options insuranceTimeouts(InsuranceProperties properties) {
		return new Request.Options(properties.connectTimeout(), properties.readTimeout(), true);
	}

}
