package nl.secondopinion.dossier.client.notification;

import org.springframework.stereotype.Component;

import nl.secondopinion.support.feign.ServiceFallbackFactory;

/**
 * Never pretends an event was delivered: a refusal is passed on as such (the sink makes
 * it a dead event); any other failure is thrown again as
 * {@link EventNotDeliveredException}, so the relay keeps the event pending.
 */
@Component
class NotificationFallbackFactory extends ServiceFallbackFactory<NotificationClient> {

	@Override
	protected NotificationClient fallback(Throwable cause) {
		return (event) -> {
			if (cause instanceof EventRejectedException rejected) {
				throw rejected;
			}
			throw new EventNotDeliveredException(cause);
		};
	}

}
