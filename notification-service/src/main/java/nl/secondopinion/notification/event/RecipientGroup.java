package nl.secondopinion.notification.event;

import org.jspecify.annotations.Nullable;

/**
 * People the producer cannot name: resolved through Keycloak when the event is
 * dispatched.
 */
public record RecipientGroup(Kind kind, @Nullable String institution, @Nullable String uzovi) {

	public enum Kind {

		/** Users with role intake-coordinator and attribute {@code institution}. */
		INTAKE_COORDINATORS,
		/** Users with role insurer-mediator and attribute {@code insurer_uzovi}. */
		INSURER_MEDIATORS

	}

}
