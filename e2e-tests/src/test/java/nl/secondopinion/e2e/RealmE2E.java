package nl.secondopinion.e2e;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committed realm as users and services meet it: roles, claims, audiences, hardening.
 */
class RealmE2E {

	@Test
	void whenPatientSignsIn_thenTokenCarriesRoleAudiencesAndLocale() {
		JsonNode claims = Keycloak.claims(Keycloak.userToken("anna"));

		assertThat(claims.get("realm_access").get("roles").toString()).contains("\"patient\"");
		assertThat(claims.get("aud").toString()).contains("\"gateway\"", "\"referral-service\"", "\"dossier-service\"",
				"\"insurance-service\"", "\"notification-service\"");
		assertThat(claims.get("locale").asString()).isEqualTo("nl");
		// Fixed in the realm file, so seed data (e.g. the consultant directory) can name
		// users.
		assertThat(claims.get("sub").asString()).isEqualTo("5e0c0000-0000-4000-8000-000000000001");
		assertThat(claims.get("exp").asLong() - claims.get("iat").asLong()).isEqualTo(300);
	}

	@Test
	void whenClinicianSignsIn_thenTokenCarriesInstitutionAndSpecialty() {
		JsonNode claims = Keycloak.claims(Keycloak.userToken("dr.jansen"));

		assertThat(claims.get("realm_access").get("roles").toString()).contains("\"specialist\"");
		assertThat(claims.get("specialty").asString()).isEqualTo("neurology");
		assertThat(claims.get("institution").asString()).isEqualTo("Ziekenhuis Noord");
	}

	@Test
	void whenMediatorSignsIn_thenTokenCarriesTheInsurersUzovi() {
		assertThat(Keycloak.claims(Keycloak.userToken("mediator.zk")).get("insurer_uzovi").asString())
			.isEqualTo("3311");
		assertThat(Keycloak.claims(Keycloak.userToken("mediator.cz")).get("insurer_uzovi").asString())
			.isEqualTo("9664");
	}

	@Test
	void whenServiceAuthenticates_thenTokenNamesOnlyTheServicesItCalls() {
		JsonNode claims = Keycloak.claims(Keycloak.serviceToken("referral-service"));

		assertThat(claims.get("realm_access").get("roles").toString()).contains("\"platform-service\"");
		assertThat(claims.get("aud").toString()).contains("\"insurance-service\"").doesNotContain("\"gateway\"");
	}

	@Test
	void whenWebClientStartsLoginWithoutPkce_thenKeycloakRefuses() {
		String redirect = URLEncoder.encode("http://localhost:8080/", StandardCharsets.UTF_8);
		HttpResponse<String> response = Http.send(Http.request(Stack.REALM
				+ "/protocol/openid-connect/auth?client_id=web&response_type=code&scope=openid&redirect_uri="
				+ redirect)
			.GET());

		String location = response.headers().firstValue("Location").orElse("");
		assertThat(location + response.body()).contains("code_challenge");
	}

	@Test
	void whenThePortalClientStartsLoginWithoutPkce_thenKeycloakRefuses() {
		String redirect = URLEncoder.encode("http://localhost:18080/login/oauth2/code/keycloak",
				StandardCharsets.UTF_8);
		HttpResponse<String> response = Http.send(Http.request(Stack.REALM
				+ "/protocol/openid-connect/auth?client_id=portal&response_type=code&scope=openid&redirect_uri="
				+ redirect)
			.GET());

		String location = response.headers().firstValue("Location").orElse("");
		assertThat(location + response.body()).contains("code_challenge");
	}

	@Test
	void whenSomeoneTriesThePasswordGrantOnThePortalClient_thenKeycloakRefuses() {
		HttpResponse<String> response = Http.postForm(Stack.REALM + "/protocol/openid-connect/token",
				java.util.Map.of("grant_type", "password", "client_id", "portal", "client_secret", "portal-dev-secret",
						"username", "anna", "password", "anna"));

		assertThat(response.statusCode()).as(response.body()).isIn(400, 401);
		assertThat(response.body()).doesNotContain("access_token");
	}

}
