package nl.secondopinion.e2e;

/**
 * Where the running platform is; {@code ./platform test} passes each URL as a system
 * property.
 */
final class Stack {

	static final String GATEWAY = url("gateway.url", "http://localhost:8080");

	static final String KEYCLOAK = url("keycloak.url", "http://localhost:8180");

	static final String MAIL_API = url("mail.api.url", "http://localhost:8025");

	static final String REFERRAL = url("referral.url", "http://localhost:8081");

	static final String DOSSIER = url("dossier.url", "http://localhost:8082");

	static final String INSURANCE = url("insurance.url", "http://localhost:8083");

	static final String NOTIFICATION = url("notification.url", "http://localhost:8084");

	static final String REALM = KEYCLOAK + "/realms/secondopinion";

	/** The stack's log folder, when the tests run on the same machine as the stack. */
	static final String LOGS_DIR = System.getProperty("stack.logs.dir", "");

	private Stack() {
	}

	private static String url(String property, String fallback) {
		String value = System.getProperty(property);
		return (value == null || value.isBlank()) ? fallback : value.replaceAll("/+$", "");
	}

}
