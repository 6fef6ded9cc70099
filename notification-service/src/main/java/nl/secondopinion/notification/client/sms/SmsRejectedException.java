package nl.secondopinion.notification.client.sms;

/**
 * The provider refused the message (4xx): e.g. a number it cannot reach. Not a sign of
 * ill health.
 */
class SmsRejectedException extends RuntimeException {

	private final int status;

	SmsRejectedException(int status) {
		super("SMS provider refused the message with status " + status, null, false, false);
		this.status = status;
	}

	int status() {
		return this.status;
	}

}
