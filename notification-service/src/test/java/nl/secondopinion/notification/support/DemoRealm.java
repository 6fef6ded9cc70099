package nl.secondopinion.notification.support;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.github.tomakehurst.wiremock.WireMockServer;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

/**
 * Keycloak as WireMock plays it: the token endpoint and the admin API answers for the
 * demo users of the realm (ids, e-mail, phone, locale, organisation attributes).
 */
public final class DemoRealm {

	public static final String ADMIN = "/admin/realms/secondopinion";

	public static final String TOKEN_PATH = "/realms/secondopinion/protocol/openid-connect/token";

	public record User(String id, String username, String locale, Map<String, String> attributes, String role) {

		public String email() {
			return this.username + "@secondopinion.example";
		}

	}

	public static final User ANNA = user("01", "anna", "nl", Map.of("phone", "+31612345001"), "patient");

	public static final User BRAM = user("02", "bram", "en", Map.of("phone", "+31612345002"), "patient");

	public static final User CARLA = user("03", "carla", "nl", Map.of("phone", "+31612345003"), "representative");

	public static final User DEVRIES = user("04", "dr.devries", "nl", Map.of("practice", "Huisartsenpraktijk De Linde"),
			"gp");

	public static final User BAKKER = user("06", "dr.bakker", "nl",
			Map.of("institution", "UMC Zuid", "agb", "01000001"), "consultant");

	public static final User VISSER = user("07", "dr.visser", "en",
			Map.of("institution", "Ziekenhuis Noord", "agb", "01000002"), "consultant");

	public static final User INTAKE = user("09", "intake.umczuid", "nl", Map.of("institution", "UMC Zuid"),
			"intake-coordinator");

	public static final User MEDIATOR_ZK = user("10", "mediator.zk", "nl", Map.of("insurer_uzovi", "3311"),
			"insurer-mediator");

	public static final User MEDIATOR_CZ = user("11", "mediator.cz", "en", Map.of("insurer_uzovi", "9664"),
			"insurer-mediator");

	public static final User ADMIN_USER = user("12", "admin", "en", Map.of(), "platform-admin");

	public static final List<User> ALL = List.of(ANNA, BRAM, CARLA, DEVRIES, BAKKER, VISSER, INTAKE, MEDIATOR_ZK,
			MEDIATOR_CZ, ADMIN_USER);

	private DemoRealm() {
	}

	private static User user(String number, String username, String locale, Map<String, String> attributes,
			String role) {
		return new User("5e0c0000-0000-4000-8000-0000000000" + number, username, locale, attributes, role);
	}

	public static void stub(WireMockServer keycloak) {
		keycloak.stubFor(post(urlEqualTo(TOKEN_PATH)).willReturn(okJson("""
				{"access_token": "admin-token", "token_type": "Bearer", "expires_in": 300}""")));
		for (User user : ALL) {
			keycloak.stubFor(get(urlPathEqualTo(ADMIN + "/users/" + user.id())).willReturn(okJson(json(user))));
		}
		for (String role : List.of("intake-coordinator", "insurer-mediator", "consultant")) {
			String members = ALL.stream()
				.filter((user) -> user.role().equals(role))
				.map(DemoRealm::json)
				.collect(Collectors.joining(",", "[", "]"));
			keycloak.stubFor(get(urlPathEqualTo(ADMIN + "/roles/" + role + "/users")).willReturn(okJson(members)));
		}
		// User search: nobody unless the exact user name or the AGB code is known.
		keycloak.stubFor(get(urlPathEqualTo(ADMIN + "/users")).atPriority(10).willReturn(okJson("[]")));
		for (User user : ALL) {
			keycloak.stubFor(get(urlPathEqualTo(ADMIN + "/users")).withQueryParam("username", equalTo(user.username()))
				.withQueryParam("exact", equalTo("true"))
				.willReturn(okJson("[" + json(user) + "]")));
			String agb = user.attributes().get("agb");
			if (agb != null) {
				keycloak.stubFor(get(urlPathEqualTo(ADMIN + "/users")).withQueryParam("q", equalTo("agb:" + agb))
					.willReturn(okJson("[" + json(user) + "]")));
			}
		}
	}

	public static String json(User user) {
		String attributes = new java.util.TreeMap<>(Map.of("locale", user.locale())).entrySet()
			.stream()
			.map((e) -> "\"%s\": [\"%s\"]".formatted(e.getKey(), e.getValue()))
			.collect(Collectors.joining(", "));
		String more = user.attributes()
			.entrySet()
			.stream()
			.map((e) -> ", \"%s\": [\"%s\"]".formatted(e.getKey(), e.getValue()))
			.collect(Collectors.joining());
		return """
				{"id": "%s", "username": "%s", "email": "%s", "enabled": true, "emailVerified": true,
				 "attributes": {%s%s}}""".formatted(user.id(), user.username(), user.email(), attributes, more);
	}

}
