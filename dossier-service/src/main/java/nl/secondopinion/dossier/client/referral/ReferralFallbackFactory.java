package nl.secondopinion.dossier.client.referral;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import nl.secondopinion.support.feign.DownstreamFailures;
import nl.secondopinion.support.feign.ServiceFallbackFactory;

/**
 * Turns every failed context call into an honest answer: 404 stays "unknown request" (the
 * caller maps it), our own faults become 502, anything else (5xx, timeout, refused
 * connection, open breaker) 503 with {@code Retry-After}. Never a guessed context: access
 * to medical data is not decided without it.
 */
@Component
class ReferralFallbackFactory extends ServiceFallbackFactory<ReferralClient> {

	private static final Logger log = LoggerFactory.getLogger(ReferralFallbackFactory.class);

	private static final String SERVICE = "referral";

	private final ReferralProperties properties;

	ReferralFallbackFactory(ReferralProperties properties) {
		this.properties = properties;
	}

	@Override
	protected ReferralClient fallback(Throwable cause) {
		return (requestId) -> {
			throw translate(cause);
		};
	}

	private RuntimeException translate(Throwable cause) {
		if (cause instanceof RequestUnknownException unknown) {
			return unknown;
		}
		if (DownstreamFailures.isOurFault(cause)) {
			log.error("Referral service rejected or garbled a context call: {}", DownstreamFailures.describe(cause));
			return DownstreamFailures.callFailed(SERVICE, "We could not read the case from the referral service. "
					+ "Quote the correlation id when you contact support.");
		}
		log.warn("Referral service unavailable for a context call: {}", DownstreamFailures.describe(cause));
		return DownstreamFailures.unavailable(SERVICE,
				"The dossier cannot be reached right now. Please try again later.", this.properties.retryAfter());
	}

}
