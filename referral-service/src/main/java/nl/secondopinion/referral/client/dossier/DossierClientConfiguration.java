package nl.secondopinion.referral.client.dossier;

import feign.Request;
import feign.codec.ErrorDecoder;

import org.springframework.context.annotation.Bean;

/** Settings for {@link DossierClient} only; not a {@code @Configuration} on purpose. */
class DossierClientConfiguration {

	@Bean
	ErrorDecoder dossierErrorDecoder() {
		return new DossierErrorDecoder();
	}

	@Bean
	Request.Options dossierTimeouts(DossierProperties properties) {
		return new Request.Options(properties.connectTimeout(), properties.readTimeout(), true);
	}

}
