package nl.secondopinion.referral.client.insurance;

import feign.Response;
import feign.codec.ErrorDecoder;

/**
 * Sorts insurance-service's error answers into the ones the circuit breaker must count
 * (5xx, left to Feign's default) and the ones it must not (4xx).
 */
class InsuranceErrorDecoder implements ErrorDecoder {

	private final ErrorDecoder fallback = new ErrorDecoder.Default();

	@Override
	public Exception decode(String methodKey, Response response) {
		int status = response.status();
		if (status == 404) {
			return new InsurerNotFoundException();
		}
		if (status >= 400 && status < 500 && status != 408 && status != 429) {
			return new InsuranceRejectedCallException(status);
		}
		return this.fallback.decode(methodKey, response);
	}

}
