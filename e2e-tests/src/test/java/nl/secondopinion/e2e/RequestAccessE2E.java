package nl.secondopinion.e2e;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A patient's request through the gateway, and what another patient can learn of it:
 * nothing.
 */
class RequestAccessE2E {

	private static final String REQUESTS = Stack.GATEWAY + "/api/requests";

	private final String question = "Is surgery really the only option for my hernia? " + UUID.randomUUID();

	private JsonNode createAsAnna() {
		String body = """
				{"question":"%s","reason":"DOUBT_ABOUT_TREATMENT","specialty":"neurology",
				 "insurer":{"uzovi":"3311","policyNumber":"ZK-100200300"}}""".formatted(this.question);
		HttpResponse<String> created = Http.postJson(REQUESTS, Keycloak.userToken("anna"), body);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		assertThat(created.headers().firstValue("Location")).isPresent();
		return Http.json(created);
	}

	@Test
	void whenAnnaCreatesARequest_thenSheReadsItBackAndSeesItInHerList() {
		String id = createAsAnna().get("id").asString();
		String anna = Keycloak.userToken("anna");

		HttpResponse<String> read = Http.get(REQUESTS + "/" + id, anna);
		assertThat(read.statusCode()).isEqualTo(200);
		assertThat(Http.json(read).get("question").asString()).isEqualTo(this.question);
		assertThat(Http.json(read).get("status").asString()).isEqualTo("DRAFT");

		HttpResponse<String> list = Http.get(REQUESTS, anna);
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(list.body()).contains(id);
	}

	@Test
	void whenBramAsksForAnnasRequest_thenHeGetsTheSame404AsForANonExistentOne() {
		String id = createAsAnna().get("id").asString();
		String bram = Keycloak.userToken("bram");

		HttpResponse<String> foreign = Http.get(REQUESTS + "/" + id, bram);
		HttpResponse<String> unknown = Http.get(REQUESTS + "/" + UUID.randomUUID(), bram);

		assertThat(foreign.statusCode()).isEqualTo(404);
		assertThat(foreign.body()).doesNotContain(this.question).doesNotContain("anna");
		assertThat(comparable(foreign)).isEqualTo(comparable(unknown));
		assertThat(Http.get(REQUESTS, bram).body()).doesNotContain(id);
	}

	@Test
	void whenAnnaAsksForACoverageEstimate_thenReferralServiceGetsItFromInsuranceServiceWithItsOwnToken() {
		String id = createAsAnna().get("id").asString();

		HttpResponse<String> estimate = Http.get(REQUESTS + "/" + id + "/coverage-estimate",
				Keycloak.userToken("anna"));

		assertThat(estimate.statusCode()).as(estimate.body()).isEqualTo(200);
		assertThat(Http.json(estimate).get("estimate").asString()).isEqualTo("DEPENDS_ON_SUPPLEMENTARY");
		assertThat(Http.json(estimate).get("insurerName").asString()).isEqualTo("Zilveren Kruis");
	}

	/**
	 * The parts of a problem that may differ between two calls are removed before
	 * comparing.
	 */
	private static JsonNode comparable(HttpResponse<String> response) {
		ObjectNode problem = (ObjectNode) Http.json(response);
		problem.remove("correlationId");
		problem.remove("instance");
		return problem;
	}

}
