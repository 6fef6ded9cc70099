package nl.secondopinion.notification.event;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An event as received, keyed by the producer's event id so that a redelivery cannot be
 * stored twice. {@code leaseUntil} and {@code nextAttemptAt} let several workers (or a
 * restarted one) share the dispatch work with single-document conditional updates. An
 * event whose recipients cannot be looked up within the delivery attempts becomes
 * {@code DEAD} ({@code deadReason}, {@code deadAt}) until an admin replays it. The fields
 * added for that are nullable: events stored before them lack them.
 */
@Document("events")
public record NotificationEvent(@Id String id, EventType type, @Nullable Instant occurredAt, @Nullable String source,
		@Nullable String requestId, List<Recipient> recipients, List<RecipientGroup> recipientGroups,
		Map<String, Object> data, Instant receivedAt, EventStatus status, int attempts, Instant nextAttemptAt,
		Instant leaseUntil, @Nullable Instant dispatchedAt, @Nullable String lastError, @Nullable String deadReason,
		@Nullable Instant deadAt, @Nullable Integer replays) {

}
