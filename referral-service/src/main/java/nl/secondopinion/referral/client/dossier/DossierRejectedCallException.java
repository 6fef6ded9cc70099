package nl.secondopinion.referral.client.dossier;

import nl.secondopinion.support.feign.RejectedCallException;

/** Dossier-service refused our call with a 4xx: our fault, ignored by the breaker. */
class DossierRejectedCallException extends RejectedCallException {

	DossierRejectedCallException(int status) {
		super("Dossier service refused the call with status " + status, status);
	}

}
