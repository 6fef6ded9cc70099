package nl.secondopinion.gateway.bff;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the gateway signs portal users in. Keycloak's endpoints are derived from the issuer
 * (Keycloak's fixed paths under {@code /protocol/openid-connect}), so the gateway starts
 * without asking Keycloak for its discovery document.
 *
 * @param issuerUri the realm's issuer, e.g.
 * {@code http://localhost:8180/realms/secondopinion}; ID and logout tokens must name it
 * @param clientId the confidential Keycloak client the gateway signs in as
 * @param clientSecret that client's secret
 * @param secureCookies {@code true} to mark the session and CSRF cookies {@code Secure}
 * whatever the request's scheme (behind a proxy that terminates TLS); otherwise they are
 * {@code Secure} exactly when the request came over HTTPS
 * @param postLogoutRedirectUri where Keycloak sends the browser after sign-out;
 * {@code {baseUrl}} is the gateway's own address
 * @param backChannelLogoutUri where the gateway, on Keycloak's back-channel logout, calls
 * itself with the session cookie to end that session; {@code {baseUrl}} is the address
 * Keycloak called. Behind a load balancer, name this instance directly (e.g.
 * {@code http://localhost:8080/logout/connect/back-channel/{registrationId}})
 */
@ConfigurationProperties("secondopinion.gateway.bff")
public record BffProperties(@DefaultValue("http://localhost:8180/realms/secondopinion") URI issuerUri,
		@DefaultValue("portal") String clientId, @DefaultValue("portal-dev-secret") String clientSecret,
		@DefaultValue("false") boolean secureCookies, @DefaultValue("{baseUrl}/") String postLogoutRedirectUri,
		@DefaultValue("{baseUrl}/logout/connect/back-channel/{registrationId}") String backChannelLogoutUri) {

	/** The registration id: part of the callback and back-channel logout paths. */
	public static final String REGISTRATION_ID = "keycloak";

	/**
	 * Name of the session cookie; the back-channel logout sends it back to the gateway.
	 */
	public static final String SESSION_COOKIE = "SESSION";

}
