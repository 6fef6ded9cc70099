package nl.secondopinion.dossier.client.notification;

import nl.secondopinion.support.feign.ServiceErrorDecoder;

/**
 * A 4xx other than 408/429 means notification-service refuses this event (our fault), not
 * that it is unhealthy: the breaker ignores it, and its problem answer is kept as the
 * reason of the dead event. 5xx, 408 and 429 are left to Feign's default and counted.
 */
class NotificationErrorDecoder extends ServiceErrorDecoder {

	NotificationErrorDecoder() {
		super(null, EventRejectedException::new);
	}

}
