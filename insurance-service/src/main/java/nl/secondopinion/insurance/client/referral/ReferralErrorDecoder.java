package nl.secondopinion.insurance.client.referral;

import feign.Response;

import nl.secondopinion.support.feign.ServiceErrorDecoder;

/**
 * 404 is an answer (no such request), other 4xx are faults on our side; neither is a sign
 * of an unhealthy referral-service, so the breaker ignores both. A 409 or 422 is
 * referral-service refusing a change, with its reason read from the problem answer. 5xx
 * go to Feign's default and count.
 */
class ReferralErrorDecoder extends ServiceErrorDecoder {

	ReferralErrorDecoder() {
		super(ReferralNotFoundException::new, ReferralRejectedCallException::new);
	}

	@Override
	public Exception decode(String methodKey, Response response) {
		int status = response.status();
		if (status == 409 || status == 422) {
			ReferralProblem problem = ReferralProblem.read(response);
			return new ReferralRefusalException(status, problem.slug(), problem.detail());
		}
		return super.decode(methodKey, response);
	}

}
