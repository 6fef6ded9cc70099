package nl.secondopinion.notification.event;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/** An event as a producer hands it over, already checked for shape. */
public record NewEvent(String eventId, EventType type, @Nullable Instant occurredAt, @Nullable String source,
		@Nullable String requestId, List<Recipient> recipients, List<RecipientGroup> recipientGroups,
		@Nullable Map<String, ?> data) {

}
