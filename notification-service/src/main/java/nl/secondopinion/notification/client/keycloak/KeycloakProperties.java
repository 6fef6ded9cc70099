package nl.secondopinion.notification.client.keycloak;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param adminUrl the realm's admin API, e.g. {@code …/admin/realms/secondopinion}
 * @param connectTimeout how long to wait for a TCP connection
 * @param readTimeout how long to wait for the answer
 * @param cacheTtl how long contact details and group members are reused; short, so a
 * changed address takes effect within minutes
 */
@Validated
@ConfigurationProperties("secondopinion.notification.keycloak")
record KeycloakProperties(@NotNull URI adminUrl, @NotNull Duration connectTimeout, @NotNull Duration readTimeout,
		@NotNull Duration cacheTtl) {

}
