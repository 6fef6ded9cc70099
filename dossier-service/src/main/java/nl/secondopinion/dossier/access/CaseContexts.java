package nl.secondopinion.dossier.access;

import java.util.Optional;

/** Where case contexts come from (referral-service, behind a circuit breaker). */
public interface CaseContexts {

	/**
	 * The case behind a request, or empty when referral-service does not know it. Throws
	 * a 503 problem when referral-service cannot answer: no decision is made without it.
	 */
	Optional<CaseContext> find(String requestId);

}
