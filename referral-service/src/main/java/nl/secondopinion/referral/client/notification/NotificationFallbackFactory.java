package nl.secondopinion.referral.client.notification;

import feign.FeignException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import nl.secondopinion.referral.request.EventsUnavailableException;
import nl.secondopinion.support.feign.DownstreamFailures;
import nl.secondopinion.support.feign.ServiceFallbackFactory;

/**
 * A refused event is passed on as such; anything else means "try later": the event stays
 * in the outbox.
 */
@Component
class NotificationFallbackFactory extends ServiceFallbackFactory<NotificationClient> {

	private static final Logger log = LoggerFactory.getLogger(NotificationFallbackFactory.class);

	@Override
	protected NotificationClient fallback(Throwable cause) {
		return (event) -> {
			if (cause instanceof NotificationRejectedException rejected) {
				throw rejected;
			}
			if (!(cause instanceof FeignException feign && feign.status() > 0)) {
				log.debug("Notification call failed", cause);
			}
			throw new EventsUnavailableException(DownstreamFailures.describe(cause));
		};
	}

}
