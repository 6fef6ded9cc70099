package nl.secondopinion.referral.client.dossier;

import feign.Response;
import feign.codec.ErrorDecoder;

/**
 * 4xx answers are about our call, not about dossier-service's health: the breaker ignores
 * them (see application.yml). 5xx, 408 and 429 are left to Feign's default and counted.
 */
class DossierErrorDecoder implements ErrorDecoder {

	private final ErrorDecoder fallback = new ErrorDecoder.Default();

	@Override
	public Exception decode(String methodKey, Response response) {
		int status = response.status();
		if (status >= 400 && status < 500 && status != 408 && status != 429) {
			return new DossierRejectedCallException(status);
		}
		return this.fallback.decode(methodKey, response);
	}

}
