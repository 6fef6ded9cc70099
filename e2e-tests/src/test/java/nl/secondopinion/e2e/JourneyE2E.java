package nl.secondopinion.e2e;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The second-opinion journey through the gateway with real tokens: patient, GP,
 * consultant, intake coordinator, and the dossier and insurance services behind the
 * referral service. One full journey to the report, one refusal path.
 */
class JourneyE2E {

	private static final String REQUESTS = Stack.GATEWAY + "/api/requests";

	private static final String BAKKER = "c0000000-0000-4000-8000-000000000006";

	private final String question = "Is surgery really the only option for my hernia? " + UUID.randomUUID();

	private static String token(String username) {
		return Keycloak.userToken(username);
	}

	private static HttpResponse<String> step(String username, String id, String step, String body) {
		return Http.postJson(REQUESTS + "/" + id + "/" + step, token(username), body);
	}

	private static JsonNode ok(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return Http.json(response);
	}

	private String submittedByAnna() {
		String body = """
				{"question": "%s", "reason": "DOUBT_ABOUT_TREATMENT", "specialty": "neurology",
				 "treatingDoctor": {"name": "dr. P. Jansen", "level": "MEDICAL_SPECIALIST", "specialty": "neurology",
				                    "institution": "Ziekenhuis Noord", "agb": "03000002"},
				 "generalPractitioner": {"name": "dr. E. de Vries", "practice": "Huisartsenpraktijk De Linde",
				                         "agb": "01000001"},
				 "insurer": {"uzovi": "3311", "policyNumber": "ZK-100200300"},
				 "facts": {"treatedAbroad": false, "imagingDone": false, "pathologyDone": false, "operated": false}}"""
			.formatted(this.question);
		HttpResponse<String> created = Http.postJson(REQUESTS, token("anna"), body);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		String id = Http.json(created).get("id").asString();
		assertThat(ok(step("anna", id, "submit", "{}")).get("status").asString()).isEqualTo("SUBMITTED");
		return id;
	}

	@Test
	void whenAnnaAsksForASecondOpinion_thenGpConsultantAndIntakeTakeItToAReportOnlySheAndHerDoctorsRead() {
		String id = submittedByAnna();

		JsonNode referred = ok(step("dr.devries", id, "referral",
				"{\"question\": \"Is surgery needed for the lumbar hernia at L4-L5, or is physiotherapy enough?\"}"));
		assertThat(referred.get("status").asString()).isEqualTo("REFERRED");
		assertThat(referred.get("referral").get("validUntil").asString())
			.isEqualTo(LocalDate.now(ZoneOffset.UTC).plusMonths(12).toString());

		HttpResponse<String> consultants = Http.get(Stack.GATEWAY + "/api/consultants?specialty=neurology",
				token("anna"));
		assertThat(consultants.statusCode()).as(consultants.body()).isEqualTo(200);
		assertThat(consultants.body()).contains(BAKKER);

		HttpResponse<String> sameHospital = step("anna", id, "consultant",
				"{\"consultantId\": \"c0000000-0000-4000-8000-000000000007\"}");
		assertThat(sameHospital.statusCode()).as(sameHospital.body()).isEqualTo(422);
		assertThat(Http.json(sameHospital).get("rule").asString()).isEqualTo("SAME_INSTITUTION");
		assertThat(
				ok(step("anna", id, "consultant", "{\"consultantId\": \"" + BAKKER + "\"}")).get("status").asString())
			.isEqualTo("CONSULTANT_ASSIGNED");
		assertThat(
				ok(step("dr.bakker", id, "acceptance", "{\"triage\": \"CONVERSATION_ONLY\"}")).get("status").asString())
			.isEqualTo("CASE_ACCEPTED");
		ok(step("anna", id, "coverage-choice", "{\"choice\": \"CARE_COST_TEAM_CONTACTED\"}"));

		String appointment = "{\"at\": \"" + Instant.now().plus(21, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS)
				+ "\", \"location\": \"UMC Zuid\"}";
		HttpResponse<String> incomplete = step("intake.umczuid", id, "appointment", appointment);
		assertThat(incomplete.statusCode()).as(incomplete.body()).isEqualTo(422);
		assertThat(Http.json(incomplete).get("type").asString())
			.isEqualTo("https://secondopinion.nl/problems/dossier-incomplete");
		assertThat(incomplete.body()).contains("HISTORY_LETTER");
		assertThat(ok(Http.get(REQUESTS + "/" + id, token("anna"))).get("status").asString())
			.isEqualTo("CASE_ACCEPTED");

		Letters.upload("anna", id, "HISTORY_LETTER", null,
				"Medical history of the patient: lumbar hernia since March, treated conservatively.");
		Letters.upload("anna", id, "CORRESPONDENCE", null,
				"Letter of dr. Jansen to the GP about the proposed operation.");

		JsonNode scheduled = ok(step("intake.umczuid", id, "appointment", appointment));
		assertThat(scheduled.get("status").asString()).isEqualTo("APPOINTMENT_SCHEDULED");
		assertThat(scheduled.get("appointment").get("warnings").toString()).contains("BMI_ABOVE_40_DIAGNOSTICS_ONLY");

		ok(step("dr.bakker", id, "consultation", "{}"));
		HttpResponse<String> written = step("dr.bakker", id, "report", """
				{"outcome": "REFINES", "impact": "TREATMENT_CHANGED",
				 "answers": [{"question": "PATIENT_QUESTION", "answer": "Not yet: physiotherapy first."},
				             {"question": "REFERRAL_QUESTION", "answer": "Surgery is not needed now."}],
				 "findings": "Herniation L4-L5 without motor loss.",
				 "recommendations": "Six weeks of physiotherapy before deciding on surgery.",
				 "alternativeTreatmentOptions": ["Physiotherapy", "Epidural injection"],
				 "transferOfCareAdvised": false}""");
		assertThat(written.statusCode()).as(written.body()).isEqualTo(201);

		JsonNode report = ok(Http.get(REQUESTS + "/" + id + "/report", token("anna")));
		assertThat(report.get("outcome").asString()).isEqualTo("REFINES");
		assertThat(report.get("findings").asString()).isEqualTo("Herniation L4-L5 without motor loss.");
		assertThat(Http.get(REQUESTS + "/" + id + "/report", token("dr.devries")).statusCode()).isEqualTo(200);
		for (String outsider : List.of("bram", "intake.umczuid", "dr.visser", "mediator.zk")) {
			HttpResponse<String> refused = Http.get(REQUESTS + "/" + id + "/report", token(outsider));
			assertThat(refused.statusCode()).as(outsider).isEqualTo(404);
			assertThat(refused.body()).doesNotContain("Herniation");
		}

		JsonNode timeline = Http.json(Http.get(REQUESTS + "/" + id + "/timeline", token("anna")));
		List<String> steps = new ArrayList<>();
		timeline.forEach((entry) -> steps.add(entry.get("what").asString()));
		assertThat(steps).containsSubsequence("DRAFT_CREATED", "SUBMIT", "ISSUE_REFERRAL", "ASSIGN_CONSULTANT",
				"ACCEPT_CASE", "SCHEDULE_APPOINTMENT", "RECORD_CONSULTATION", "WRITE_REPORT");

		annaHearsOfEachStepInDutchWithoutMedicalContent(id);
	}

	/**
	 * The services' own events, relayed to notification-service, reach anna's inbox and
	 * mailbox: in her language (nl), once each, and no mail carries the question or the
	 * report.
	 */
	private static void annaHearsOfEachStepInDutchWithoutMedicalContent(String id) {
		List<String> expected = List.of("REFERRAL_ISSUED", "CONSULTANT_ASSIGNED", "DOSSIER_COMPLETE",
				"APPOINTMENT_SCHEDULED", "REPORT_AVAILABLE");
		List<JsonNode> entries = Inbox.eventually("anna's inbox entries for " + expected, () -> {
			List<JsonNode> found = Inbox.entriesOf("anna", id);
			List<String> types = found.stream().map((entry) -> entry.get("type").asString()).toList();
			return types.containsAll(expected) ? found : null;
		});
		assertThat(entries).allSatisfy(
				(entry) -> assertThat(entry.toString()).doesNotContain("Herniation").doesNotContain("lumbar hernia"));
		List<String> mails = Inbox.eventually("anna's mails for this case",
				() -> (Inbox.mailsOf("anna@secondopinion.example", id).size() >= expected.size())
						? Inbox.mailsOf("anna@secondopinion.example", id) : null);
		assertThat(mails).allSatisfy((mail) -> assertThat(mail).contains("Nieuw bericht")
			.doesNotContain("Herniation")
			.doesNotContainIgnoringCase("hernia")
			.doesNotContain("physiotherapy"));
	}

	@Test
	void whenCarlaAsksForHerMother_thenAnnaIsAskedToConfirmAndTheGpNamedByAgbHearsOfTheSubmission() {
		String body = """
				{"question": "Does my mother really need an operation on her spine?", "reason": "DOUBT_ABOUT_TREATMENT",
				 "specialty": "neurology"}""";
		HttpResponse<String> created = Http.postJson(REQUESTS, token("carla"), body);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		JsonNode request = Http.json(created);
		String id = request.get("id").asString();
		assertThat(request.get("status").asString()).isEqualTo("AWAITING_PATIENT_CONSENT");

		// Carla's token names anna only by user name: the consent request still reaches
		// her.
		Inbox.eventually("anna's consent request",
				() -> Inbox.entriesOf("anna", id)
					.stream()
					.anyMatch((entry) -> "CONSENT_REQUESTED".equals(entry.get("type").asString())) ? true : null);
		assertThat(ok(step("anna", id, "patient-consent", "{\"consent\": true}")).get("status").asString())
			.isEqualTo("DRAFT");

		String submitted = submittedByAnna();
		// The GP is known to the request only by AGB code; Keycloak finds dr.devries by
		// it.
		Inbox.eventually("dr.devries hears of anna's submitted request",
				() -> Inbox.entriesOf("dr.devries", submitted)
					.stream()
					.anyMatch((entry) -> "REQUEST_SUBMITTED".equals(entry.get("type").asString())) ? true : null);
	}

	@Test
	void whenTheSpecialistRefusesTheReferral_thenAnnaSeesWhyAndGoesOnWithoutOneWarnedAboutReimbursement() {
		String id = submittedByAnna();

		HttpResponse<String> tooShort = step("dr.jansen", id, "referral-refusal", "{\"reason\": \"No.\"}");
		assertThat(tooShort.statusCode()).as(tooShort.body()).isEqualTo(400);
		JsonNode refused = ok(step("dr.jansen", id, "referral-refusal",
				"{\"reason\": \"A second opinion on the same question was given in September already.\"}"));
		assertThat(refused.get("status").asString()).isEqualTo("REFERRAL_REFUSED");

		JsonNode seen = ok(Http.get(REQUESTS + "/" + id, token("anna")));
		assertThat(seen.get("referral").get("refusalReason").asString())
			.isEqualTo("A second opinion on the same question was given in September already.");

		JsonNode self = ok(step("anna", id, "self-referral", "{}"));
		assertThat(self.get("status").asString()).isEqualTo("SELF_REFERRED");
		assertThat(self.get("selfReferral").get("warning").get("code").asString()).isEqualTo("REIMBURSEMENT_UNLIKELY");
	}

	@Test
	void whenAStepIsNotAllowedNow_thenTheAnswerIs409NamingTheStatusAndOthersGet404() {
		String id = submittedByAnna();

		HttpResponse<String> again = step("anna", id, "submit", "{}");
		assertThat(again.statusCode()).as(again.body()).isEqualTo(409);
		assertThat(Http.json(again).get("currentStatus").asString()).isEqualTo("SUBMITTED");
		assertThat(again.body()).contains("ISSUE_REFERRAL");

		HttpResponse<String> foreign = step("bram", id, "withdraw", "{}");
		assertThat(foreign.statusCode()).isEqualTo(404);
		assertThat(foreign.body()).doesNotContain(this.question);
	}

}
