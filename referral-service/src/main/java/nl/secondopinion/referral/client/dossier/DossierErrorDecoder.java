package nl.secondopinion.referral.client.dossier;

import nl.secondopinion.support.feign.ServiceErrorDecoder;

/**
 * 4xx answers, 404 included, are about our call, not about dossier-service's health: the
 * breaker ignores them (see application.yml). 5xx, 408 and 429 are left to Feign's
 * default and counted.
 */
class DossierErrorDecoder extends ServiceErrorDecoder {

	DossierErrorDecoder() {
		super(null, DossierRejectedCallException::new);
	}

}
