package nl.secondopinion.e2e;

import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Real tokens from the realm: demo users through the dev-only {@code dev-cli} client. */
final class Keycloak {

	private static final String TOKEN_URL = Stack.REALM + "/protocol/openid-connect/token";

	private Keycloak() {
	}

	/** Demo users' password equals their user name (development realm only). */
	static String userToken(String username) {
		HttpResponse<String> response = Http.postForm(TOKEN_URL, Map.of("grant_type", "password", "client_id",
				"dev-cli", "username", username, "password", username, "scope", "openid"));
		assertThat(response.statusCode()).as("token for %s: %s", username, response.body()).isEqualTo(200);
		return Http.json(response).get("access_token").asString();
	}

	static String serviceToken(String clientId) {
		HttpResponse<String> response = Http.postForm(TOKEN_URL, Map.of("grant_type", "client_credentials", "client_id",
				clientId, "client_secret", clientId + "-dev-secret"));
		assertThat(response.statusCode()).as("token for %s: %s", clientId, response.body()).isEqualTo(200);
		return Http.json(response).get("access_token").asString();
	}

	static JsonNode claims(String token) {
		String payload = token.split("\\.")[1];
		return Http.JSON.readTree(Base64.getUrlDecoder().decode(payload));
	}

}
