package nl.secondopinion.dossier.client.referral;

import java.util.Map;

import feign.FeignException;
import feign.codec.DecodeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.cloud.openfeign.FallbackFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import nl.secondopinion.support.problem.ProblemException;
import nl.secondopinion.support.problem.ProblemTypes;

/**
 * Turns every failed context call into an honest answer: 404 stays "unknown request" (the
 * caller maps it), our own faults become 502, anything else (5xx, timeout, refused
 * connection, open breaker) 503 with {@code Retry-After}. Never a guessed context: access
 * to medical data is not decided without it.
 */
@Component
class ReferralFallbackFactory implements FallbackFactory<ReferralClient> {

	private static final Logger log = LoggerFactory.getLogger(ReferralFallbackFactory.class);

	private final ReferralProperties properties;

	ReferralFallbackFactory(ReferralProperties properties) {
		this.properties = properties;
	}

	@Override
	public ReferralClient create(Throwable cause) {
		return (requestId) -> {
			throw translate(cause);
		};
	}

	private RuntimeException translate(Throwable cause) {
		if (cause instanceof RequestUnknownException unknown) {
			return unknown;
		}
		if (cause instanceof ReferralRejectedCallException || cause instanceof DecodeException) {
			log.error("Referral service rejected or garbled a context call: {}", describe(cause));
			return new ProblemException(
					ProblemTypes.problem(HttpStatus.BAD_GATEWAY, "referral-call-failed", "Referral service call failed",
							"We could not read the case from the referral service. Quote the correlation id when you "
									+ "contact support."));
		}
		log.warn("Referral service unavailable for a context call: {}", describe(cause));
		return new ProblemException(ProblemTypes.problem(HttpStatus.SERVICE_UNAVAILABLE, "referral-unavailable",
				"Referral service unavailable", "The dossier cannot be reached right now. Please try again later."),
				Map.of(HttpHeaders.RETRY_AFTER, Long.toString(this.properties.retryAfter().toSeconds())));
	}

	// Feign's messages quote response bodies; the status and type are enough to act on.
	private static String describe(Throwable cause) {
		if (cause instanceof ReferralRejectedCallException rejected) {
			return "status " + rejected.status();
		}
		if (cause instanceof FeignException feign && feign.status() > 0) {
			return cause.getClass().getSimpleName() + ", status " + feign.status();
		}
		Throwable root = (cause.getCause() != null) ? cause.getCause() : cause;
		return cause.getClass().getSimpleName() + " (" + root.getClass().getSimpleName() + ": " + root.getMessage()
				+ ")";
	}

}
