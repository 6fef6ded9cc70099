package nl.secondopinion.notification.delivery.web;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import nl.secondopinion.notification.event.EventStatus;
import nl.secondopinion.notification.event.EventType;
import nl.secondopinion.notification.event.NotificationEvent;

/**
 * An event as an admin sees it: ids, state and the kinds of its recipient groups — never
 * its data, a user name, an AGB code or an institution.
 */
record DeadEventView(String eventId, EventType type, @Nullable String source, @Nullable String requestId,
		EventStatus status, int namedRecipients, List<String> groupKinds, int attempts, Instant receivedAt,
		@Nullable String lastError, @Nullable String deadReason, @Nullable Instant deadAt, int replays) {

	static DeadEventView of(NotificationEvent e) {
		return new DeadEventView(e.id(), e.type(), e.source(), e.requestId(), e.status(), e.recipients().size(),
				e.recipientGroups().stream().map((g) -> g.kind().name()).toList(), e.attempts(), e.receivedAt(),
				e.lastError(), e.deadReason(), e.deadAt(), (e.replays() != null) ? e.replays() : 0);
	}

}
