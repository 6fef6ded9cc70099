package nl.secondopinion.dossier.client.notification;

import feign.Response;
import feign.codec.ErrorDecoder;

/**
 * A 4xx other than 408/429 means notification-service refuses this event (our fault), not
 * that it is unhealthy: the breaker ignores it, and the event stays pending for a human.
 */
class NotificationErrorDecoder implements ErrorDecoder {

	private final ErrorDecoder fallback = new ErrorDecoder.Default();

	@Override
	public Exception decode(String methodKey, Response response) {
		int status = response.status();
		if (status >= 400 && status < 500 && status != 408 && status != 429) {
			return new EventRejectedException(status);
		}
		return this.fallback.decode(methodKey, response);
	}

}
