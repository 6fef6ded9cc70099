package nl.secondopinion.e2e;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every hand-off of the journey as the people involved live it, through the gateway with
 * real Keycloak tokens: anna (insured abroad) asks, her GP refers while her treating
 * specialist, known to the platform only by his AGB code, delivers the records; the
 * insurer's desk proposes an independent consultant, who accepts and asks for one more
 * report; the late specialist is reminded; the report answers both questions and reaches
 * her doctors; a follow-up question and its answer notify the other side; anna closes
 * with her decision and the consultant's access ends.
 */
class HandOffsE2E {

	private static final String REQUESTS = Stack.GATEWAY + "/api/requests";

	private static final String BAKKER = "c0000000-0000-4000-8000-000000000006";

	private static final String VISSER = "c0000000-0000-4000-8000-000000000007";

	private final String question = "Is an operation on my spine really the only option? " + UUID.randomUUID();

	private static String token(String username) {
		return Keycloak.userToken(username);
	}

	private static HttpResponse<String> step(String username, String id, String step, String body) {
		return Http.postJson(REQUESTS + "/" + id + "/" + step, token(username), body);
	}

	private static JsonNode ok(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isBetween(200, 201);
		return Http.json(response);
	}

	@Test
	void whenEveryoneDoesTheirPart_thenAnnasSecondOpinionGoesFromQuestionToHerDecision() {
		String id = submittedByAnnaInsuredAbroad();

		// The GP refers; the treating specialist, who never acted on the request,
		// delivers
		// his correspondence and sees what else is asked of him.
		ok(step("dr.devries", id, "referral",
				"{\"question\": \"Is surgery needed for the lumbar hernia at L4-L5, or is physiotherapy enough?\"}"));
		String dossier = Stack.GATEWAY + "/api/dossiers/" + id;
		Letters.upload("dr.jansen", id, "CORRESPONDENCE", null, "Letter of dr. Jansen to the GP about the operation.");
		JsonNode checklist = ok(Http.get(dossier + "/checklist", token("dr.jansen")));
		assertThat(checklist.get("missing").toString()).contains("HISTORY_LETTER").contains("holder");

		// Insured abroad: the estimate and the check say the same.
		JsonNode estimate = ok(Http.get(REQUESTS + "/" + id + "/coverage-estimate", token("anna")));
		assertThat(estimate.get("estimate").asString()).isEqualTo("UNCERTAIN");
		HttpResponse<String> checked = Http.postJson(Stack.GATEWAY + "/api/coverage/checks", token("anna"),
				"{\"requestId\":\"%s\",\"bsn\":\"999990019\"}".formatted(id));
		assertThat(checked.statusCode()).as(checked.body()).isEqualTo(201);
		assertThat(Http.json(checked).get("decision").asString()).isEqualTo("UNCERTAIN");
		assertThat(Http.json(checked).get("reasons").toString()).contains("CONTACT_CARE_COST_TEAM");

		// The insurer's desk proposes only independent consultants; the accepted proposal
		// assigns dr. Bakker to the request.
		String mediation = openMediation(id);
		String desk = token("mediator.zk");
		String mediationUrl = Stack.GATEWAY + "/api/mediation/requests/" + mediation;
		JsonNode candidates = ok(Http.get(mediationUrl + "/candidates", desk));
		assertThat(candidates.toString()).contains(BAKKER).doesNotContain(VISSER);
		assertThat(Http.postJson(mediationUrl + "/proposals", desk, "{\"consultantIds\":[\"" + VISSER + "\"]}")
			.statusCode()).isEqualTo(422);
		ok(Http.postJson(mediationUrl + "/proposals", desk, "{\"consultantIds\":[\"" + BAKKER + "\"]}"));
		ok(Http.postJson(mediationUrl + "/outcome", desk,
				"{\"outcome\":\"PROPOSAL_ACCEPTED\",\"consultantId\":\"" + BAKKER + "\"}"));
		JsonNode assigned = ok(Http.get(REQUESTS + "/" + id, token("anna")));
		assertThat(assigned.get("status").asString()).isEqualTo("CONSULTANT_ASSIGNED");
		assertThat(assigned.get("consultant").get("id").asString()).isEqualTo(BAKKER);

		// Dr. Bakker accepts, gets anna's grant, and asks for one more report.
		ok(step("dr.bakker", id, "acceptance", "{\"triage\": \"CONVERSATION_ONLY\"}"));
		ok(Http.postJson(dossier + "/grants", token("anna"), "{\"consultantId\":\"%s\",\"validUntil\":\"%s\"}"
			.formatted(BAKKER, LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusMonths(3))));
		assertThat(Http.get(dossier + "/documents", token("dr.bakker")).statusCode()).isEqualTo(200);
		JsonNode asked = ok(Http.postJson(dossier + "/checklist/additional-items", token("dr.bakker"),
				"{\"title\": \"Het MRI-verslag van oktober\", \"holder\": \"TREATING_DOCTOR\"}"));
		String item = asked.get("item").asString();

		// Dr. Jansen is late: the chase reminds him, and he delivers.
		Inbox.eventually("dr.jansen is reminded of the missing records", () -> types("dr.jansen", id)
			.containsAll(List.of("INFORMATION_REQUESTED", "RECORDS_REQUESTED", "RECORDS_REMINDER")) ? true : null);
		Letters.upload("dr.jansen", id, "OTHER", item, "MRI report of October: disc herniation L4-L5.");
		Letters.upload("anna", id, "HISTORY_LETTER", null, "Medical history: lumbar hernia since March.");

		// Coverage is uncertain, so no appointment until anna has chosen.
		String appointment = "{\"at\": \"" + Instant.now().plus(21, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS)
				+ "\", \"location\": \"UMC Zuid\"}";
		HttpResponse<String> refused = step("intake.umczuid", id, "appointment", appointment);
		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
		assertThat(Http.json(refused).get("rule").asString()).isEqualTo("coverage-choice-needed");
		ok(step("anna", id, "coverage-choice", "{\"choice\": \"CARE_COST_TEAM_CONTACTED\"}"));
		assertThat(ok(step("intake.umczuid", id, "appointment", appointment)).get("status").asString())
			.isEqualTo("APPOINTMENT_SCHEDULED");

		// The report answers both questions and reaches the patient and her doctors.
		ok(step("dr.bakker", id, "consultation", "{}"));
		HttpResponse<String> written = step("dr.bakker", id, "report", """
				{"outcome": "DIFFERS", "impact": "TREATMENT_CHANGED",
				 "answers": [{"question": "PATIENT_QUESTION", "answer": "No: physiotherapy first."},
				             {"question": "REFERRAL_QUESTION", "answer": "Surgery is not needed now."}],
				 "findings": "Herniation L4-L5 without motor loss.", "recommendations": "Six weeks of physiotherapy.",
				 "alternativeTreatmentOptions": ["Physiotherapy"], "transferOfCareAdvised": false}""");
		assertThat(written.statusCode()).as(written.body()).isEqualTo(201);
		for (String reader : List.of("anna", "dr.devries", "dr.jansen")) {
			JsonNode report = ok(Http.get(REQUESTS + "/" + id + "/report", token(reader)));
			assertThat(report.get("impact").asString()).as(reader).isEqualTo("TREATMENT_CHANGED");
			assertThat(report.get("answers").size()).as(reader).isEqualTo(2);
			Inbox.eventually(reader + " hears of the report",
					() -> types(reader, id).contains("REPORT_AVAILABLE") ? true : null);
		}
		for (String outsider : List.of("dr.visser", "intake.umczuid", "mediator.zk", "bram")) {
			assertThat(Http.get(REQUESTS + "/" + id + "/report", token(outsider)).statusCode()).as(outsider)
				.isEqualTo(404);
		}

		// A follow-up question and its answer each notify the other side.
		JsonNode followUp = ok(
				step("anna", id, "follow-up-questions", "{\"question\": \"May I keep cycling meanwhile?\"}"));
		Inbox.eventually("dr.bakker hears of the question",
				() -> types("dr.bakker", id).contains("FOLLOW_UP_ASKED") ? true : null);
		ok(step("dr.bakker", id, "follow-up-questions/" + followUp.get("id").asString() + "/answer",
				"{\"answer\": \"Yes, gently.\"}"));
		Inbox.eventually("anna hears of the answer",
				() -> types("anna", id).contains("FOLLOW_UP_ANSWERED") ? true : null);
		assertThat(ok(Http.get(REQUESTS + "/" + id + "/report", token("dr.jansen"))).get("addenda").toString())
			.contains("Yes, gently.");

		// Anna closes with her decision; the consultant's access ends with the case.
		JsonNode closed = ok(step("anna", id, "close", """
				{"decision": "CONTINUE_AS_PLANNED", "note": "Physiotherapy first, as dr. Jansen also advised."}"""));
		assertThat(closed.get("closing").get("decision").asString()).isEqualTo("CONTINUE_AS_PLANNED");
		assertThat(Http.get(dossier + "/documents", token("dr.bakker")).statusCode()).isEqualTo(404);
		assertThat(Http.get(dossier + "/documents", token("anna")).statusCode()).isEqualTo(200);
	}

	private String submittedByAnnaInsuredAbroad() {
		String body = """
				{"question": "%s", "reason": "TREATING_DOCTOR_SUGGESTED", "specialty": "neurology",
				 "treatingDoctor": {"name": "dr. P. Jansen", "level": "MEDICAL_SPECIALIST", "specialty": "neurology",
				                    "institution": "Ziekenhuis Noord", "agb": "03000002"},
				 "generalPractitioner": {"name": "dr. E. de Vries", "practice": "Huisartsenpraktijk De Linde",
				                         "agb": "01000001"},
				 "insurer": {"uzovi": "3311", "policyNumber": "ZK-100200300"},
				 "facts": {"treatedAbroad": false, "imagingDone": false, "pathologyDone": false, "operated": false,
				           "insuredAbroad": true}}""".formatted(this.question);
		HttpResponse<String> created = Http.postJson(REQUESTS, token("anna"), body);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		String id = Http.json(created).get("id").asString();
		assertThat(ok(step("anna", id, "submit", "{}")).get("status").asString()).isEqualTo("SUBMITTED");
		return id;
	}

	private static String openMediation(String requestId) {
		HttpResponse<String> opened = Http.postJson(Stack.GATEWAY + "/api/mediation/requests", token("anna"), """
				{"requestId":"%s","questionCategory":"DOUBT_ABOUT_TREATMENT",
				 "waitingWish":{"maxWaitingWeeks":4,"languages":["nl"]},
				 "contactPreference":{"channel":"PHONE","phone":"+31612345001","bestTime":"MORNING"}}"""
			.formatted(requestId));
		assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
		return Http.json(opened).get("id").asString();
	}

	private static List<String> types(String username, String requestId) {
		return Inbox.entriesOf(username, requestId).stream().map((entry) -> entry.get("type").asString()).toList();
	}

}
