package nl.secondopinion.insurance.client.notification;

import nl.secondopinion.support.feign.ServiceErrorDecoder;

/**
 * Every 4xx but 408 and 429 is a refused event (a 404 included: there is nothing to look
 * up), which the breaker ignores; the rest goes to Feign's default and counts.
 */
class NotificationErrorDecoder extends ServiceErrorDecoder {

	NotificationErrorDecoder() {
		super(null, NotificationRejectedException::new);
	}

}
