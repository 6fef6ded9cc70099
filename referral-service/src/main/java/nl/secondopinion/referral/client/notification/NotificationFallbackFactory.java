package nl.secondopinion.referral.client.notification;

import feign.FeignException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.cloud.openfeign.FallbackFactory;
import org.springframework.stereotype.Component;

import nl.secondopinion.referral.request.EventsUnavailableException;

/**
 * A refused event is passed on as such; anything else means "try later": the event stays
 * in the outbox.
 */
@Component
class NotificationFallbackFactory implements FallbackFactory<NotificationClient> {

	private static final Logger log = LoggerFactory.getLogger(NotificationFallbackFactory.class);

	@Override
	public NotificationClient create(Throwable cause) {
		return (event) -> {
			if (cause instanceof NotificationRejectedException rejected) {
				throw rejected;
			}
			throw new EventsUnavailableException(describe(cause));
		};
	}

	private static String describe(Throwable cause) {
		if (cause instanceof FeignException feign && feign.status() > 0) {
			return cause.getClass().getSimpleName() + ", status " + feign.status();
		}
		Throwable root = (cause.getCause() != null) ? cause.getCause() : cause;
		log.debug("Notification call failed", cause);
		return cause.getClass().getSimpleName() + " (" + root.getClass().getSimpleName() + ")";
	}

}
