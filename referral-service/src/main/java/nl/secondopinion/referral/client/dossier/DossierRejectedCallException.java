package nl.secondopinion.referral.client.dossier;

/** Dossier-service refused our call with a 4xx: our fault, ignored by the breaker. */
class DossierRejectedCallException extends RuntimeException {

	private final int status;

	DossierRejectedCallException(int status) {
		super("Dossier service refused the call with status " + status, null, false, false);
		this.status = status;
	}

	int status() {
		return this.status;
	}

}
