package nl.secondopinion.dossier.client.referral;

import feign.Response;
import feign.codec.ErrorDecoder;

/**
 * Sorts referral-service's error answers into the ones the circuit breaker must count
 * (5xx, 408, 429: left to Feign's default) and the ones it must not (other 4xx).
 */
class ReferralErrorDecoder implements ErrorDecoder {

	private final ErrorDecoder fallback = new ErrorDecoder.Default();

	@Override
	public Exception decode(String methodKey, Response response) {
		int status = response.status();
		if (status == 404) {
			return new RequestUnknownException();
		}
		if (status >= 400 && status < 500 && status != 408 && status != 429) {
			return new ReferralRejectedCallException(status);
		}
		return this.fallback.decode(methodKey, response);
	}

}
