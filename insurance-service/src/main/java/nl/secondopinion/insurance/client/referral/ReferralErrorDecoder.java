package nl.secondopinion.insurance.client.referral;

import feign.Response;
import feign.codec.ErrorDecoder;

/**
 * 404 is an answer (no such request), other 4xx are faults on our side; neither is a sign
 * of an unhealthy referral-service, so the breaker ignores both. 5xx go to Feign's
 * default and count.
 */
class ReferralErrorDecoder implements ErrorDecoder {

	private final ErrorDecoder fallback = new ErrorDecoder.Default();

	@Override
	public Exception decode(String methodKey, Response response) {
		int status = response.status();
		if (status == 404) {
			return new ReferralNotFoundException();
		}
		if (status >= 400 && status < 500 && status != 408 && status != 429) {
			return new ReferralRejectedCallException(status);
		}
		return this.fallback.decode(methodKey, response);
	}

}
