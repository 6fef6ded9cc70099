package nl.secondopinion.dossier.events;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * An event for notification-service, stored inside the dossier document in the same write
 * as the change that caused it, and relayed later (at least once, same id every time).
 * {@code missingItems} and {@code data} hold codes, ids and dates only: never medical
 * text.
 *
 * @param data further codes of the event (e.g. {@code grantId}); null in events stored
 * before it existed
 */
public record PendingEvent(String eventId, String type, Instant occurredAt, String requestId,
		List<Recipient> recipients, List<RecipientGroup> recipientGroups, List<String> missingItems,
		@Nullable Map<String, String> data) {

	public record Recipient(String userId, String role) {

	}

	/**
	 * People named by an attribute: {@code institution} for INTAKE_COORDINATORS,
	 * {@code agb} for CLINICIAN (a doctor without platform id yet).
	 */
	public record RecipientGroup(String kind, @Nullable String institution, @Nullable String uzovi,
			@Nullable String agb) {

		public static RecipientGroup intakeCoordinators(String institution) {
			return new RecipientGroup("INTAKE_COORDINATORS", institution, null, null);
		}

		public static RecipientGroup clinician(String agb) {
			return new RecipientGroup("CLINICIAN", null, null, agb);
		}

	}

}
