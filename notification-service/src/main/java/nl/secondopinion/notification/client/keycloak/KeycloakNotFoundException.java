package nl.secondopinion.notification.client.keycloak;

/** Keycloak answered 404: no such user or role. An answer, so the breaker ignores it. */
class KeycloakNotFoundException extends RuntimeException {

	KeycloakNotFoundException() {
		super("Keycloak knows no such user or role", null, false, false);
	}

}
