package nl.secondopinion.e2e;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Coverage checks and the insurers' care-mediation desks through the gateway, with real
 * Keycloak tokens, referral-service's request context and the insurer sandbox (WireMock).
 */
class CoverageE2E {

	private static final String REQUESTS = Stack.GATEWAY + "/api/requests";

	private static final String CHECKS = Stack.GATEWAY + "/api/coverage/checks";

	private static final String MEDIATION = Stack.GATEWAY + "/api/mediation/requests";

	private static final String SANDBOX = sandboxUrl();

	private static String sandboxUrl() {
		String value = System.getProperty("insurer.sandbox.url");
		return (value == null || value.isBlank()) ? "http://localhost:8090" : value.replaceAll("/+$", "");
	}

	/**
	 * A submitted request of anna's with the given insurer, referred by her GP dr. de
	 * Vries.
	 */
	private static String referredRequest(String uzovi) {
		String anna = Keycloak.userToken("anna");
		String body = """
				{"question":"Is an operation really the only option for my hernia? %s",
				 "reason":"DOUBT_ABOUT_TREATMENT","specialty":"neurology",
				 "treatingDoctor":{"name":"dr. P. Jansen","level":"MEDICAL_SPECIALIST","specialty":"neurology",
				                   "institution":"Ziekenhuis Noord","agb":"03000002"},
				 "generalPractitioner":{"name":"dr. E. de Vries","practice":"Huisartsenpraktijk De Linde",
				                        "agb":"01000001"},
				 "insurer":{"uzovi":"%s","policyNumber":"POL-%s"},
				 "facts":{"treatedAbroad":false,"imagingDone":true,"pathologyDone":false,"operated":false,
				          "insuredAbroad":false}}""".formatted(UUID.randomUUID(), uzovi, uzovi);
		HttpResponse<String> created = Http.postJson(REQUESTS, anna, body);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		String id = Http.json(created).get("id").asString();
		HttpResponse<String> submitted = Http.postJson(REQUESTS + "/" + id + "/submit", anna, "{}");
		assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
		HttpResponse<String> referred = Http.postJson(REQUESTS + "/" + id + "/referral",
				Keycloak.userToken("dr.devries"),
				"{\"question\":\"Is surgery the only option for this lumbar disc herniation, or is conservative treatment still reasonable?\"}");
		assertThat(referred.statusCode()).as(referred.body()).isEqualTo(200);
		return id;
	}

	private static HttpResponse<String> check(String requestId, String bsn, String token) {
		return Http.postJson(CHECKS, token, "{\"requestId\":\"%s\",\"bsn\":\"%s\"}".formatted(requestId, bsn));
	}

	@Test
	void whenAnnaHasAReferralAndBasicInsurance_thenHerSecondOpinionIsCoveredByBasicInsurance() {
		String requestId = referredRequest("3311");

		HttpResponse<String> response = check(requestId, "999990019", Keycloak.userToken("anna"));

		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		JsonNode decision = Http.json(response);
		assertThat(decision.get("decision").asString()).isEqualTo("COVERED_BASIC");
		assertThat(decision.get("bsn").asString()).isEqualTo("******019");
		assertThat(response.body()).doesNotContain("999990019");
		assertThat(decision.get("reasons").toString()).contains("REFERRAL_VALID").contains("DEDUCTIBLE_APPLIES");
		assertThat(decision.get("reasons").get(0).get("nl").asString()).isNotBlank();
		assertThat(decision.get("reasons").get(0).get("en").asString()).isNotBlank();
		assertThat(decision.get("sources").toString()).contains("INSURER_ELIGIBILITY");

		HttpResponse<String> bram = Http.get(CHECKS + "/" + decision.get("checkId").asString(),
				Keycloak.userToken("bram"));
		assertThat(bram.statusCode()).isEqualTo(404);
	}

	@Test
	void whenTheBsnFailsTheElevenTest_thenTheGatewayPassesA400ProblemWithoutTheNumber() {
		String anna = Keycloak.userToken("anna");
		HttpResponse<String> created = Http.postJson(REQUESTS, anna, """
				{"question":"Is an operation really the only option for my hernia?","reason":"DOUBT_ABOUT_TREATMENT",
				 "specialty":"neurology","insurer":{"uzovi":"3311","policyNumber":"ZK-1"}}""");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

		HttpResponse<String> response = check(Http.json(created).get("id").asString(), "123456789", anna);

		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat(response.body()).contains("invalid-bsn").doesNotContain("123456789");
	}

	@Test
	void whenTheFailingInsurerIsDown_thenPendingAndDecidedAfterItRecovers() throws Exception {
		String requestId = referredRequest("0101");

		HttpResponse<String> pending = check(requestId, "999990019", Keycloak.userToken("anna"));

		assertThat(pending.statusCode()).as(pending.body()).isEqualTo(201);
		assertThat(Http.json(pending).get("decision").asString()).isEqualTo("PENDING");
		assertThat(Http.json(pending).get("reasons").get(0).get("code").asString()).isEqualTo("INSURER_UNREACHABLE");
		String checkId = Http.json(pending).get("checkId").asString();

		String mappingId = recoverFailingInsurer();
		try {
			JsonNode decided = null;
			Instant deadline = Instant.now().plus(Duration.ofSeconds(150));
			while (Instant.now().isBefore(deadline)) {
				JsonNode current = Http.json(Http.get(CHECKS + "/" + checkId, Keycloak.userToken("anna")));
				if (!"PENDING".equals(current.get("decision").asString())) {
					decided = current;
					break;
				}
				Thread.sleep(2000);
			}
			assertThat(decided).as("the re-check decided the pending check within 150 s").isNotNull();
			assertThat(decided.get("decision").asString()).isEqualTo("COVERED_BASIC");
			assertThat(decided.get("decidedAt").isNull()).isFalse();
		}
		finally {
			Http.send(Http.request(SANDBOX + "/__admin/mappings/" + mappingId).DELETE());
		}
	}

	/** A mapping above the sandbox's 503 one: insurer 0101 answers again. */
	private static String recoverFailingInsurer() {
		String mapping = """
				{"priority": 0,
				 "request": {"method": "GET", "urlPathPattern": "/insurers/0101/eligibility"},
				 "response": {"status": 200, "headers": {"Content-Type": "application/json"},
				              "jsonBody": {"insured": true, "insurerUzovi": "0101",
				                           "insurerName": "Sandbox failing insurer (recovered)",
				                           "basicInsurance": true, "supplementaryPackage": null}}}""";
		HttpResponse<String> created = Http.send(Http.request(SANDBOX + "/__admin/mappings")
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(mapping)));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return Http.json(created).get("id").asString();
	}

	@Nested
	class Mediation {

		private String openMediation() {
			String requestId = referredRequest("3311");
			HttpResponse<String> opened = Http.postJson(MEDIATION, Keycloak.userToken("anna"), """
					{"requestId":"%s","questionCategory":"DOUBT_ABOUT_TREATMENT",
					 "waitingWish":{"maxWaitingWeeks":4,"languages":["nl"]},
					 "contactPreference":{"channel":"PHONE","phone":"+31612345001","bestTime":"MORNING"}}"""
				.formatted(requestId));
			assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
			return Http.json(opened).get("id").asString();
		}

		@Test
		void whenAnnaAsksZilverenKruis_thenOnlyItsMediatorSeesAndHandlesIt() {
			String id = openMediation();
			String zk = Keycloak.userToken("mediator.zk");
			String cz = Keycloak.userToken("mediator.cz");

			assertThat(Http.get(MEDIATION, zk).body()).contains(id);
			assertThat(Http.get(MEDIATION, cz).body()).doesNotContain(id);

			HttpResponse<String> foreign = Http.get(MEDIATION + "/" + id, cz);
			HttpResponse<String> unknown = Http.get(MEDIATION + "/" + UUID.randomUUID(), cz);
			assertThat(foreign.statusCode()).isEqualTo(404);
			assertThat(Http.json(foreign).get("detail")).isEqualTo(Http.json(unknown).get("detail"));
			assertThat(Http.get(MEDIATION + "/" + id + "/candidates", cz).statusCode()).isEqualTo(404);

			HttpResponse<String> candidates = Http.get(MEDIATION + "/" + id + "/candidates", zk);
			assertThat(candidates.statusCode()).as(candidates.body()).isEqualTo(200);
			assertThat(Http.json(candidates).size()).isPositive();
			String consultantId = Http.json(candidates).get(0).get("id").asString();

			HttpResponse<String> byCz = Http.postJson(MEDIATION + "/" + id + "/proposals", cz,
					"{\"consultantIds\":[\"%s\"]}".formatted(consultantId));
			assertThat(byCz.statusCode()).isEqualTo(404);
			HttpResponse<String> byZk = Http.postJson(MEDIATION + "/" + id + "/proposals", zk,
					"{\"consultantIds\":[\"%s\"]}".formatted(consultantId));
			assertThat(byZk.statusCode()).as(byZk.body()).isEqualTo(201);
			assertThat(Http.json(byZk).get("status").asString()).isEqualTo("PROPOSED");
			assertThat(byZk.body()).doesNotContain("hernia");

			HttpResponse<String> turnaround = Http.get(Stack.GATEWAY + "/api/mediation/turnaround", zk);
			assertThat(turnaround.statusCode()).isEqualTo(200);
			assertThat(Http.json(turnaround).get("targetWorkingDays").asInt()).isEqualTo(2);
		}

	}

}
