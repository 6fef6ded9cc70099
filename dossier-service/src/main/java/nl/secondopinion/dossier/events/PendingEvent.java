package nl.secondopinion.dossier.events;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An event for notification-service, stored inside the dossier document in the same write
 * as the change that caused it, and relayed later (at least once, same id every time).
 * {@code missingItems} holds checklist codes only: never medical text.
 */
public record PendingEvent(String eventId, String type, Instant occurredAt, String requestId,
		List<Recipient> recipients, List<RecipientGroup> recipientGroups, List<String> missingItems) {

	public record Recipient(String userId, String role) {

	}

	public record RecipientGroup(String kind, @Nullable String institution, @Nullable String uzovi) {

	}

}
