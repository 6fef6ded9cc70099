package nl.secondopinion.notification.event;

import org.jspecify.annotations.Nullable;

/**
 * People the producer cannot name by id: resolved through Keycloak when the event is
 * dispatched. Each kind uses one of the fields: {@code institution}
 * (INTAKE_COORDINATORS), {@code uzovi} (INSURER_MEDIATORS), {@code username} (USERNAME),
 * {@code agb} (CLINICIAN).
 */
public record RecipientGroup(Kind kind, @Nullable String institution, @Nullable String uzovi, @Nullable String username,
		@Nullable String agb) {

	public static RecipientGroup intakeCoordinators(String institution) {
		return new RecipientGroup(Kind.INTAKE_COORDINATORS, institution, null, null, null);
	}

	public static RecipientGroup insurerMediators(String uzovi) {
		return new RecipientGroup(Kind.INSURER_MEDIATORS, null, uzovi, null, null);
	}

	public static RecipientGroup user(String username) {
		return new RecipientGroup(Kind.USERNAME, null, null, username, null);
	}

	public static RecipientGroup clinician(String agb) {
		return new RecipientGroup(Kind.CLINICIAN, null, null, null, agb);
	}

	public enum Kind {

		/** Users with role intake-coordinator and attribute {@code institution}. */
		INTAKE_COORDINATORS,
		/** Users with role insurer-mediator and attribute {@code insurer_uzovi}. */
		INSURER_MEDIATORS,
		/** The one user with this Keycloak user name (exact match). */
		USERNAME,
		/** The user(s) whose attribute {@code agb} is this AGB code. */
		CLINICIAN

	}

}
