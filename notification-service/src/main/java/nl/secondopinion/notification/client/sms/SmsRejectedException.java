package nl.secondopinion.notification.client.sms;

import nl.secondopinion.support.feign.RejectedCallException;

/**
 * The provider refused the message (4xx): e.g. a number it cannot reach. Not a sign of
 * ill health.
 */
class SmsRejectedException extends RejectedCallException {

	SmsRejectedException(int status) {
		super("SMS provider refused the message with status " + status, status);
	}

}
