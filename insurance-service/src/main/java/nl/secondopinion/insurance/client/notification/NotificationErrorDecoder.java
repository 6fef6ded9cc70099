package nl.secondopinion.insurance.client.notification;

import nl.secondopinion.support.feign.ServiceErrorDecoder;

/**
 * Every 4xx but 408 and 429 is a refused event (a 404 included: there is nothing to look
 * up), which the breaker ignores and whose problem answer is kept as the reason of the
 * dead event; the rest goes to Feign's default and counts.
 */
class NotificationErrorDecoder extends ServiceErrorDecoder {

	NotificationErrorDecoder() {
		super(null, NotificationRejectedException::new);
	}

}
