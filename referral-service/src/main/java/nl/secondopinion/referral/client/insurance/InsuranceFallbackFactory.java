package nl.secondopinion.referral.client.insurance;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import nl.secondopinion.referral.request.UnknownInsurerException;
import nl.secondopinion.support.feign.DownstreamFailures;
import nl.secondopinion.support.feign.ServiceFallbackFactory;

/**
 * Turns every failed call into an honest answer: a 404 becomes the domain's "unknown
 * insurer", our own faults a 502, anything else (5xx, timeout, refused connection, open
 * breaker) a 503 with {@code Retry-After}. Never a made-up estimate. Runs on the caller's
 * thread, so the problem carries the correlation id.
 */
@Component
class InsuranceFallbackFactory extends ServiceFallbackFactory<InsuranceClient> {

	private static final Logger log = LoggerFactory.getLogger(InsuranceFallbackFactory.class);

	private static final String SERVICE = "insurance";

	private final InsuranceProperties properties;

	InsuranceFallbackFactory(InsuranceProperties properties) {
		this.properties = properties;
	}

	@Override
	protected InsuranceClient fallback(Throwable cause) {
		return new InsuranceClient() {

			@Override
			public CoverageEstimateAnswer estimateCoverage(String requestId) {
				if (cause instanceof UnknownInsurerAnswer unknown) {
					throw new UnknownInsurerException(unknown.uzovi());
				}
				throw translate(cause);
			}

			@Override
			public CoverageDecisionAnswer latestCoverage(String requestId) {
				if (cause instanceof InsurerNotFoundException) {
					throw new NoCoverageCheckException();
				}
				throw translate(cause);
			}

		};
	}

	private RuntimeException translate(Throwable cause) {
		if (DownstreamFailures.isOurFault(cause)) {
			log.error("Insurance service rejected or garbled a call: {}", DownstreamFailures.describe(cause));
			return DownstreamFailures.callFailed(SERVICE,
					"We could not get an answer from the insurance service. Quote the correlation id "
							+ "when you contact support.");
		}
		log.warn("Insurance service unavailable: {}", DownstreamFailures.describe(cause));
		return DownstreamFailures.unavailable(SERVICE,
				"The insurance service cannot answer right now, so nothing was changed. Please try again later.",
				this.properties.retryAfter());
	}

}
