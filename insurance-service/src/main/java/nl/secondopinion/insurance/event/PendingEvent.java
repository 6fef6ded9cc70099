package nl.secondopinion.insurance.event;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An event waiting to be relayed to notification-service. It lives inside the document
 * whose change it reports, so both are written by one single-document update; the relay
 * removes it once notification-service has it. The id stays the same on every redelivery.
 * {@code data} holds codes, dates, ids and decisions only, never medical text.
 */
public record PendingEvent(String eventId, String type, Instant occurredAt, @Nullable String requestId,
		List<Recipient> recipients, List<RecipientGroup> recipientGroups, Map<String, Object> data) {

	public PendingEvent {
		recipients = List.copyOf(recipients);
		recipientGroups = List.copyOf(recipientGroups);
		data = Map.copyOf(data);
	}

	/**
	 * An event about a request for everybody who may read about it: the patient, and
	 * every other viewer as a representative.
	 */
	public static PendingEvent forViewers(String type, Instant occurredAt, String requestId, String patientId,
			List<String> viewers, Map<String, Object> data) {
		List<Recipient> recipients = new ArrayList<>();
		recipients.add(new Recipient(patientId, "patient"));
		viewers.stream()
			.filter((viewer) -> !viewer.equals(patientId))
			.forEach((viewer) -> recipients.add(new Recipient(viewer, "representative")));
		return new PendingEvent(UUID.randomUUID().toString(), type, occurredAt, requestId, recipients, List.of(), data);
	}

	public record Recipient(String userId, String role) {

	}

	/** A group notification-service resolves, e.g. the mediators of one insurer. */
	public record RecipientGroup(String kind, @Nullable String institution, @Nullable String uzovi) {

	}

}
