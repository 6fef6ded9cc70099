package nl.secondopinion.referral.client.dossier;

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
 * Never a made-up checklist: our own faults become 502, everything else (5xx, timeout,
 * refused connection, open breaker) 503 with {@code Retry-After}.
 */
@Component
class DossierFallbackFactory implements FallbackFactory<DossierClient> {

	private static final Logger log = LoggerFactory.getLogger(DossierFallbackFactory.class);

	private final DossierProperties properties;

	DossierFallbackFactory(DossierProperties properties) {
		this.properties = properties;
	}

	@Override
	public DossierClient create(Throwable cause) {
		return (requestId) -> {
			throw translate(cause);
		};
	}

	private RuntimeException translate(Throwable cause) {
		if (cause instanceof DossierRejectedCallException || cause instanceof DecodeException) {
			log.error("Dossier service rejected or garbled a checklist call: {}", describe(cause));
			return new ProblemException(ProblemTypes.problem(HttpStatus.BAD_GATEWAY, "dossier-call-failed",
					"Dossier service call failed", "We could not read the dossier checklist. Quote the correlation "
							+ "id when you contact support."));
		}
		log.warn("Dossier service unavailable for a checklist: {}", describe(cause));
		return new ProblemException(
				ProblemTypes.problem(HttpStatus.SERVICE_UNAVAILABLE, "dossier-unavailable",
						"Dossier service unavailable",
						"The dossier cannot be checked right now, so nothing was changed. Please try again later."),
				Map.of(HttpHeaders.RETRY_AFTER, Long.toString(this.properties.retryAfter().toSeconds())));
	}

	// Feign's messages quote response bodies; the status and type are enough to act on.
	static String describe(Throwable cause) {
		if (cause instanceof DossierRejectedCallException rejected) {
			return "status " + rejected.status();
		}
		if (cause instanceof FeignException feign && feign.status() > 0) {
			return cause.getClass().getSimpleName() + ", status " + feign.status();
		}
		Throwable root = (cause.getCause() != null) ? cause.getCause() : cause;
		return cause.getClass().getSimpleName() + " (" + root.getClass().getSimpleName() + ")";
	}

}
