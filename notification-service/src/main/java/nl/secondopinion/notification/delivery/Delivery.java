package nl.secondopinion.notification.delivery;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import nl.secondopinion.notification.event.EventType;
import nl.secondopinion.notification.preference.Channel;

/**
 * One message to one user over one channel, and its state. Its id derives from event,
 * user and channel, so dispatching an event twice cannot create a second delivery. Every
 * change is a conditional update of this one document: the {@code claim} token names the
 * worker attempt that may change it.
 */
@Document("deliveries")
public record Delivery(@Id String id, String notificationId, String eventId, String userId, EventType type,
		@Nullable String requestId, Channel channel, DeliveryStatus status, int attempts, Instant nextAttemptAt,
		Instant leaseUntil, @Nullable String claim, Instant createdAt, @Nullable Instant sentAt,
		@Nullable String lastError, @Nullable String deadReason, @Nullable Instant deadAt, int replays) {

}
