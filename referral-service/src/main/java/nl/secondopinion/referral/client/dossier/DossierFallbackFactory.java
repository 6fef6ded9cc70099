package nl.secondopinion.referral.client.dossier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import nl.secondopinion.support.feign.DownstreamFailures;
import nl.secondopinion.support.feign.ServiceFallbackFactory;

/**
 * Never a made-up checklist: our own faults become 502, everything else (5xx, timeout,
 * refused connection, open breaker) 503 with {@code Retry-After}.
 */
@Component
class DossierFallbackFactory extends ServiceFallbackFactory<DossierClient> {

	private static final Logger log = LoggerFactory.getLogger(DossierFallbackFactory.class);

	private static final String SERVICE = "dossier";

	private final DossierProperties properties;

	DossierFallbackFactory(DossierProperties properties) {
		this.properties = properties;
	}

	@Override
	protected DossierClient fallback(Throwable cause) {
		return (requestId) -> {
			throw translate(cause);
		};
	}

	private RuntimeException translate(Throwable cause) {
		if (DownstreamFailures.isOurFault(cause)) {
			log.error("Dossier service rejected or garbled a checklist call: {}", DownstreamFailures.describe(cause));
			return DownstreamFailures.callFailed(SERVICE,
					"We could not read the dossier checklist. Quote the correlation id when you contact support.");
		}
		log.warn("Dossier service unavailable for a checklist: {}", DownstreamFailures.describe(cause));
		return DownstreamFailures.unavailable(SERVICE,
				"The dossier cannot be checked right now, so nothing was changed. Please try again later.",
				this.properties.retryAfter());
	}

}
