package nl.secondopinion.dossier.client.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.cloud.openfeign.FallbackFactory;
import org.springframework.stereotype.Component;

/**
 * Never pretends an event was delivered: the cause is logged and thrown again as
 * {@link EventNotDeliveredException}, so the relay keeps the event pending.
 */
@Component
class NotificationFallbackFactory implements FallbackFactory<NotificationClient> {

	private static final Logger log = LoggerFactory.getLogger(NotificationFallbackFactory.class);

	@Override
	public NotificationClient create(Throwable cause) {
		return (event) -> {
			Throwable root = (cause.getCause() != null) ? cause.getCause() : cause;
			log.warn("Event {} not delivered to notification service: {} ({})", event.eventId(),
					cause.getClass().getSimpleName(), root.getClass().getSimpleName());
			throw new EventNotDeliveredException(cause);
		};
	}

}
