package nl.secondopinion.dossier.client.notification;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/** The body notification-service expects on {@code POST /internal/events}. */
record EventMessage(String eventId, String type, Instant occurredAt, String source, String requestId,
		List<Recipient> recipients, List<RecipientGroup> recipientGroups, Map<String, Object> data) {

	record Recipient(String userId, String role) {

	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record RecipientGroup(String kind, @Nullable String institution, @Nullable String uzovi, @Nullable String agb) {

	}

}
