package nl.secondopinion.insurance.client.notification;

import org.springframework.cloud.openfeign.FallbackFactory;
import org.springframework.stereotype.Component;

import nl.secondopinion.insurance.event.EventRejectedException;

/**
 * A refused event is reported as such (sending it again would not help); any other
 * failure reaches the relay as an exception, so the event stays pending. Never a silent
 * success.
 */
@Component
class NotificationFallbackFactory implements FallbackFactory<NotificationClient> {

	@Override
	public NotificationClient create(Throwable failure) {
		Throwable cause = unwrap(failure);
		return (event) -> {
			if (cause instanceof NotificationRejectedException rejected) {
				throw new EventRejectedException(rejected.status());
			}
			throw new NotificationUnavailableException(cause);
		};
	}

	static final class NotificationUnavailableException extends RuntimeException {

		NotificationUnavailableException(Throwable cause) {
			super("Notification service unavailable: " + cause.getClass().getSimpleName(), cause, false, false);
		}

	}

	/**
	 * The time limiter hands the call's exception over wrapped in an
	 * {@code ExecutionException}; the decoder's own exception is the one to act on.
	 */
	private static Throwable unwrap(Throwable failure) {
		Throwable cause = failure;
		while ((cause instanceof java.util.concurrent.ExecutionException
				|| cause instanceof java.util.concurrent.CompletionException) && cause.getCause() != null) {
			cause = cause.getCause();
		}
		return cause;
	}

}
