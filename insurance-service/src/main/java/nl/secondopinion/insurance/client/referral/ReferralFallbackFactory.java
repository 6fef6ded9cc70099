package nl.secondopinion.insurance.client.referral;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import nl.secondopinion.insurance.context.RequestNotFoundException;
import nl.secondopinion.support.feign.DownstreamFailures;
import nl.secondopinion.support.feign.ServiceFallbackFactory;

/**
 * Turns every failed call into an honest answer: 404 becomes "no such request", our own
 * faults a 502, anything else (5xx, timeout, refused connection, open breaker) a 503 with
 * {@code Retry-After}. Never made-up facts.
 */
@Component
class ReferralFallbackFactory extends ServiceFallbackFactory<ReferralClient> {

	private static final Logger log = LoggerFactory.getLogger(ReferralFallbackFactory.class);

	static final String SERVICE = "referral";

	private final ReferralProperties properties;

	ReferralFallbackFactory(ReferralProperties properties) {
		this.properties = properties;
	}

	@Override
	protected ReferralClient fallback(Throwable cause) {
		return new ReferralClient() {

			@Override
			public RequestContextAnswer context(String requestId) {
				throw translate(cause);
			}

			@Override
			public List<ConsultantAnswer> consultants(String specialty) {
				throw translate(cause);
			}

		};
	}

	private RuntimeException translate(Throwable cause) {
		if (cause instanceof ReferralNotFoundException) {
			return new RequestNotFoundException();
		}
		if (DownstreamFailures.isOurFault(cause)) {
			log.error("Referral service rejected or garbled a call: {}", DownstreamFailures.describe(cause));
			return DownstreamFailures.callFailed(SERVICE,
					"We could not read the request from the referral service. Quote the correlation id when you "
							+ "contact support.");
		}
		log.warn("Referral service unavailable: {}", DownstreamFailures.describe(cause));
		return DownstreamFailures.unavailable(SERVICE,
				"The request's details cannot be read right now, so nothing was changed. Please try again later.",
				this.properties.retryAfter());
	}

}
