package nl.secondopinion.notification.client.sms;

import nl.secondopinion.support.feign.ServiceErrorDecoder;

/**
 * Every 4xx but 408 and 429 is a refused message (a 404 included), which the breaker
 * ignores; the rest goes to Feign's default and counts.
 */
class SmsErrorDecoder extends ServiceErrorDecoder {

	SmsErrorDecoder() {
		super(null, SmsRejectedException::new);
	}

}
