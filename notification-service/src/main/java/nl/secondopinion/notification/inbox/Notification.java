package nl.secondopinion.notification.inbox;

import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import nl.secondopinion.notification.event.EventType;

/**
 * One user's inbox entry for one event. Its id derives from event and user, so writing it
 * again after a restart finds the entry that is already there.
 */
@Document("notifications")
public record Notification(@Id String id, String eventId, String userId, @Nullable String role, EventType type,
		@Nullable String requestId, Map<String, Object> data, Instant createdAt, @Nullable Instant readAt) {

}
