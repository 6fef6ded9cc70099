package nl.secondopinion.dossier.client.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import nl.secondopinion.support.feign.DownstreamFailures;
import nl.secondopinion.support.feign.ServiceFallbackFactory;

/**
 * Never pretends an event was delivered: the cause is logged and thrown again as
 * {@link EventNotDeliveredException}, so the relay keeps the event pending.
 */
@Component
class NotificationFallbackFactory extends ServiceFallbackFactory<NotificationClient> {

	private static final Logger log = LoggerFactory.getLogger(NotificationFallbackFactory.class);

	@Override
	protected NotificationClient fallback(Throwable cause) {
		return (event) -> {
			log.warn("Event {} not delivered to notification service: {}", event.eventId(),
					DownstreamFailures.describe(cause));
			throw new EventNotDeliveredException(cause);
		};
	}

}
