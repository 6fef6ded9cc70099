package nl.secondopinion.notification.inbox;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import nl.secondopinion.notification.event.EventType;

/** An inbox entry in the reader's language, with the link to the case. */
public record InboxEntry(String id, EventType type, @Nullable String requestId, String link, String title, String body,
		Instant createdAt, boolean read) {

}
