package nl.secondopinion.referral.client.insurance;

import java.util.Map;

import feign.FeignException;
import feign.codec.DecodeException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.cloud.openfeign.FallbackFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import nl.secondopinion.referral.request.UnknownInsurerException;
import nl.secondopinion.support.problem.ProblemException;
import nl.secondopinion.support.problem.ProblemTypes;

/**
 * Turns every failed call into an honest answer: a 404 becomes the domain's "unknown
 * insurer", our own faults a 502, anything else (5xx, timeout, refused connection, open
 * breaker) a 503 with {@code Retry-After}. Never a made-up estimate. Runs on the caller's
 * thread, so the problem carries the correlation id.
 */
@Component
class InsuranceFallbackFactory implements FallbackFactory<InsuranceClient> {

	private static final Logger log = LoggerFactory.getLogger(InsuranceFallbackFactory.class);

	private final InsuranceProperties properties;

	InsuranceFallbackFactory(InsuranceProperties properties) {
		this.properties = properties;
	}

	@Override
	public InsuranceClient create(Throwable cause) {
		return new InsuranceClient() {

			@Override
			public CoverageEstimateAnswer estimateCoverage(CoverageEstimateQuery query) {
				throw translate(cause, query.insurerUzovi());
			}

			@Override
			public CoverageDecisionAnswer latestCoverage(String requestId) {
				if (cause instanceof InsurerNotFoundException) {
					throw new NoCoverageCheckException();
				}
				throw translate(cause, null);
			}

		};
	}

	private RuntimeException translate(Throwable cause, @Nullable String insurerUzovi) {
		if (cause instanceof InsurerNotFoundException && insurerUzovi != null) {
			return new UnknownInsurerException(insurerUzovi);
		}
		if (cause instanceof InsuranceRejectedCallException || cause instanceof DecodeException) {
			log.error("Insurance service rejected or garbled a call: {}", describe(cause));
			return new ProblemException(ProblemTypes.problem(HttpStatus.BAD_GATEWAY, "insurance-call-failed",
					"Insurance service call failed",
					"We could not get an answer from the insurance service. Quote the correlation id "
							+ "when you contact support."));
		}
		log.warn("Insurance service unavailable: {}", describe(cause));
		return new ProblemException(ProblemTypes.problem(HttpStatus.SERVICE_UNAVAILABLE, "insurance-unavailable",
				"Insurance service unavailable",
				"The insurance service cannot answer right now, so nothing was changed. Please try again later."),
				Map.of(HttpHeaders.RETRY_AFTER, Long.toString(this.properties.retryAfter().toSeconds())));
	}

	// Feign's messages quote response bodies; the status and type are enough to act on.
	private static String describe(Throwable cause) {
		if (cause instanceof InsuranceRejectedCallException rejected) {
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
