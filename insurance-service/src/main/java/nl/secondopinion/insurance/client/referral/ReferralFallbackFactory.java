package nl.secondopinion.insurance.client.referral;

import java.util.List;
import java.util.Map;

import feign.FeignException;
import feign.codec.DecodeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.cloud.openfeign.FallbackFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import nl.secondopinion.insurance.context.RequestNotFoundException;
import nl.secondopinion.support.problem.ProblemException;
import nl.secondopinion.support.problem.ProblemTypes;

/**
 * Turns every failed call into an honest answer: 404 becomes "no such request", our own
 * faults a 502, anything else (5xx, timeout, refused connection, open breaker) a 503 with
 * {@code Retry-After}. Never made-up facts.
 */
@Component
class ReferralFallbackFactory implements FallbackFactory<ReferralClient> {

	private static final Logger log = LoggerFactory.getLogger(ReferralFallbackFactory.class);

	private final ReferralProperties properties;

	ReferralFallbackFactory(ReferralProperties properties) {
		this.properties = properties;
	}

	@Override
	public ReferralClient create(Throwable failure) {
		Throwable cause = unwrap(failure);
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
		if (cause instanceof ReferralRejectedCallException || cause instanceof DecodeException) {
			log.error("Referral service rejected or garbled a call: {}", describe(cause));
			return new ProblemException(ProblemTypes.problem(HttpStatus.BAD_GATEWAY, "referral-call-failed",
					"Referral service call failed",
					"We could not read the request from the referral service. Quote the correlation id when you "
							+ "contact support."));
		}
		log.warn("Referral service unavailable: {}", describe(cause));
		return new ProblemException(ProblemTypes.problem(HttpStatus.SERVICE_UNAVAILABLE, "referral-unavailable",
				"Referral service unavailable",
				"The request's details cannot be read right now, so nothing was changed. Please try again later."),
				Map.of(HttpHeaders.RETRY_AFTER, Long.toString(this.properties.retryAfter().toSeconds())));
	}

	private static String describe(Throwable cause) {
		if (cause instanceof ReferralRejectedCallException rejected) {
			return "status " + rejected.status();
		}
		if (cause instanceof FeignException feign && feign.status() > 0) {
			return cause.getClass().getSimpleName() + ", status " + feign.status();
		}
		Throwable root = (cause.getCause() != null) ? cause.getCause() : cause;
		return cause.getClass().getSimpleName() + " (" + root.getClass().getSimpleName() + ")";
	}

	/**
	 * The time limiter hands the call's exception over wrapped in an
	 * {@code ExecutionException}; the decoder's own exception is the one to act on.
	 */
	private static Throwable unwrap(Throwable failure) {
		Throwable cause = failure;
		while ((cause instanceof java.util.concurrent.ExecutionException
				|| cause instanceof java.util.concurrent.CompletionException) && cause.getCause() != null) {
			cause = cause.getCause();
		}
		return cause;
	}

}
