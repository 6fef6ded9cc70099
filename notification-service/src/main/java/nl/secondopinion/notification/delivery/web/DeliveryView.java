package nl.secondopinion.notification.delivery.web;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import nl.secondopinion.notification.delivery.Delivery;
import nl.secondopinion.notification.delivery.DeliveryStatus;
import nl.secondopinion.notification.event.EventType;
import nl.secondopinion.notification.preference.Channel;

/** A delivery as an admin sees it: state and ids, never a message text or an address. */
record DeliveryView(String id, String eventId, String userId, EventType type, @Nullable String requestId,
		Channel channel, DeliveryStatus status, int attempts, Instant nextAttemptAt, @Nullable Instant sentAt,
		@Nullable String lastError, @Nullable String deadReason, @Nullable Instant deadAt, int replays) {

	static DeliveryView of(Delivery d) {
		return new DeliveryView(d.id(), d.eventId(), d.userId(), d.type(), d.requestId(), d.channel(), d.status(),
				d.attempts(), d.nextAttemptAt(), d.sentAt(), d.lastError(), d.deadReason(), d.deadAt(), d.replays());
	}

}
