package nl.secondopinion.referral.request;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A domain event waiting in the request document until the relay has handed it to the
 * notification service. Stored with the state change it belongs to, in the same write.
 *
 * @param data codes, dates and ids (or lists of codes) only: never medical text
 * @param sentAt when the notification service accepted it, or refused it and it was
 * parked as a dead event
 */
public record OutboxEvent(String eventId, EventType type, Instant occurredAt, String requestId,
		List<Recipient> recipients, List<RecipientGroup> recipientGroups, Map<String, Object> data,
		@Nullable Instant sentAt) {

	public OutboxEvent {
		recipients = List.copyOf(recipients);
		recipientGroups = List.copyOf(recipientGroups);
		data = Map.copyOf(data);
	}

	OutboxEvent sent(Instant at) {
		return new OutboxEvent(this.eventId, this.type, this.occurredAt, this.requestId, this.recipients,
				this.recipientGroups, this.data, at);
	}

	/** A person to tell, by platform id and the role in which they hear of it. */
	public record Recipient(String userId, String role) {

	}

	/**
	 * People the notification service finds itself in Keycloak: a site's intake
	 * coordinators ({@code institution}), one user by user name ({@code username}: the
	 * patient of a representative's request before they confirmed it), or the clinician
	 * whose {@code agb} attribute matches (a GP or treating doctor the request knows by
	 * AGB code only).
	 */
	public record RecipientGroup(String kind, @Nullable String institution, @Nullable String uzovi,
			@Nullable String username, @Nullable String agb) {

		public static final String INTAKE_COORDINATORS = "INTAKE_COORDINATORS";

		public static final String USERNAME = "USERNAME";

		public static final String CLINICIAN = "CLINICIAN";

		public static RecipientGroup intakeCoordinators(String institution) {
			return new RecipientGroup(INTAKE_COORDINATORS, institution, null, null, null);
		}

		public static RecipientGroup user(String username) {
			return new RecipientGroup(USERNAME, null, null, username, null);
		}

		public static RecipientGroup clinician(String agb) {
			return new RecipientGroup(CLINICIAN, null, null, null, agb);
		}

	}

}
