package nl.secondopinion.insurance.client.notification;

import org.springframework.stereotype.Component;

import nl.secondopinion.support.feign.ServiceFallbackFactory;

/**
 * A refused event is passed on as such (the sender makes it a dead event: sending it
 * again would not help); any other failure reaches the relay as an exception, so the
 * event stays pending. Never a silent success.
 */
@Component
class NotificationFallbackFactory extends ServiceFallbackFactory<NotificationClient> {

	@Override
	protected NotificationClient fallback(Throwable cause) {
		return (event) -> {
			if (cause instanceof NotificationRejectedException rejected) {
				throw rejected;
			}
			throw new NotificationUnavailableException(cause);
		};
	}

	static final class NotificationUnavailableException extends RuntimeException {

		NotificationUnavailableException(Throwable cause) {
			super("Notification service unavailable: " + cause.getClass().getSimpleName(), cause, false, false);
		}

	}

}
