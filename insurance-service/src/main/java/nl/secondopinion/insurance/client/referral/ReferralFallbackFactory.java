package nl.secondopinion.insurance.client.referral;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import nl.secondopinion.insurance.context.AssignmentRefusedException;
import nl.secondopinion.insurance.context.RequestNotFoundException;
import nl.secondopinion.support.feign.DownstreamFailures;
import nl.secondopinion.support.feign.ServiceFallbackFactory;

/**
 * Turns every failed call into an honest answer: 404 becomes "no such request", a refused
 * assignment a refusal with referral-service's reason, our own faults a 502, anything
 * else (5xx, timeout, refused connection, open breaker) a 503 with {@code Retry-After}.
 * Never made-up facts.
 */
@Component
class ReferralFallbackFactory extends ServiceFallbackFactory<ReferralClient> {

	private static final Logger log = LoggerFactory.getLogger(ReferralFallbackFactory.class);

	static final String SERVICE = "referral";

	private static final String READ_UNAVAILABLE = "The request's details cannot be read right now, so nothing was "
			+ "changed. Please try again later.";

	private static final String ASSIGN_UNAVAILABLE = "The consultant cannot be assigned right now because the "
			+ "referral service is unavailable; the mediation is unchanged. Please try again later.";

	private final ReferralProperties properties;

	ReferralFallbackFactory(ReferralProperties properties) {
		this.properties = properties;
	}

	@Override
	protected ReferralClient fallback(Throwable cause) {
		return new ReferralClient() {

			@Override
			public RequestContextAnswer context(String requestId) {
				throw translate(cause, READ_UNAVAILABLE);
			}

			@Override
			public List<ConsultantAnswer> candidates(String requestId, @Nullable Integer maxWaitingWeeks) {
				throw translate(cause, READ_UNAVAILABLE);
			}

			@Override
			public void assignConsultant(String requestId, AssignmentBody body) {
				if (cause instanceof ReferralRefusalException refusal) {
					throw new AssignmentRefusedException(refusal.status() == 409, refusal.slug(), refusal.detail());
				}
				if (cause instanceof ReferralNotFoundException) {
					throw new AssignmentRefusedException(false, "not-found",
							"The referral service does not know this request or consultant (any more).");
				}
				throw translate(cause, ASSIGN_UNAVAILABLE);
			}

		};
	}

	private RuntimeException translate(Throwable cause, String unavailableDetail) {
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
		return DownstreamFailures.unavailable(SERVICE, unavailableDetail, this.properties.retryAfter());
	}

}
