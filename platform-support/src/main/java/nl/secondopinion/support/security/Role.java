package nl.secondopinion.support.security;

/** The realm roles of the platform, as Keycloak names them. */
public enum Role {

	PATIENT("patient"), REPRESENTATIVE("representative"), GP("gp"), SPECIALIST("specialist"), CONSULTANT("consultant"),
	INTAKE_COORDINATOR("intake-coordinator"), INSURER_MEDIATOR("insurer-mediator"), PLATFORM_ADMIN("platform-admin"),
	/** Given to the service accounts only: marks a service-to-service caller. */
	PLATFORM_SERVICE("platform-service");

	private final String realmName;

	Role(String realmName) {
		this.realmName = realmName;
	}

	public String realmName() {
		return this.realmName;
	}

	public String authority() {
		return "ROLE_" + this.realmName;
	}

}
