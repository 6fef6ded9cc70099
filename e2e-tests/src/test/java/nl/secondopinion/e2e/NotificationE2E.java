package nl.secondopinion.e2e;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Anna's journey as notification-service tells it: the events a service hands over (with
 * a real service token, straight to the service: internal endpoints are not routed by the
 * gateway), the inbox she reads through the gateway with her own token, and the mails
 * GreenMail received — in Dutch, linking to her case, never with her question.
 */
class NotificationE2E {

	private static final String EVENTS = Stack.NOTIFICATION + "/internal/events";

	private static final String INBOX = Inbox.NOTIFICATIONS;

	private static final String ANNA_ID = "5e0c0000-0000-4000-8000-000000000001";

	private static final String ANNA_MAIL = "anna@secondopinion.example";

	private static final String CARLA_ID = "5e0c0000-0000-4000-8000-000000000003";

	private static final String BRAM_ID = "5e0c0000-0000-4000-8000-000000000002";

	private static final String INTAKE_MAIL = "intake.umczuid@secondopinion.example";

	private static final List<String> JOURNEY = List.of("REQUEST_SUBMITTED", "DOCUMENTS_MISSING", "DOSSIER_COMPLETE",
			"COVERAGE_DECIDED", "CONSULTANT_ASSIGNED", "APPOINTMENT_SCHEDULED", "REPORT_AVAILABLE");

	private final String question = "Is surgery really the only option for my hernia? " + UUID.randomUUID();

	/** A real request of Anna's, so that the links point at a case that exists. */
	private String annasRequest() {
		String body = """
				{"question":"%s","reason":"DOUBT_ABOUT_TREATMENT","specialty":"neurology",
				 "insurer":{"uzovi":"3311","policyNumber":"ZK-100200300"}}""".formatted(this.question);
		HttpResponse<String> created = Http.postJson(Stack.GATEWAY + "/api/requests", Keycloak.userToken("anna"), body);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return Http.json(created).get("id").asString();
	}

	private static HttpResponse<String> handOver(String eventId, String type, String requestId, String recipients,
			String groups, String data) {
		String body = """
				{"eventId":"%s","type":"%s","occurredAt":"2026-11-23T12:00:00Z","source":"referral-service",
				 "requestId":"%s","recipients":[%s],"recipientGroups":[%s],"data":{%s}}""".formatted(eventId, type,
				requestId, recipients, groups, data);
		return Http.postJson(EVENTS, Keycloak.serviceToken("referral-service"), body);
	}

	private static String dataFor(String type) {
		return switch (type) {
			case "DOCUMENTS_MISSING" -> "\"missingItems\":[\"HISTORY_LETTER\",\"IMAGING_STUDY\"]";
			case "COVERAGE_DECIDED" -> "\"decision\":\"COVERED_BASIC\"";
			case "APPOINTMENT_SCHEDULED" -> "\"appointmentAt\":\"2026-12-01T09:30:00Z\"";
			default -> "";
		};
	}

	@Test
	void annaReceivesHerJourneyInHerInboxAndByMailInDutchWithoutHerQuestion() {
		String requestId = annasRequest();
		String anna = "{\"userId\":\"%s\",\"role\":\"patient\"}".formatted(ANNA_ID);
		for (String type : JOURNEY) {
			String eventId = UUID.randomUUID().toString();
			// The producer's data would never hold the question; if one did, it must go
			// nowhere.
			String data = dataFor(type);
			data = (data.isEmpty() ? "" : data + ",") + "\"question\":\"%s\"".formatted(this.question);
			HttpResponse<String> stored = handOver(eventId, type, requestId, anna, "", data);
			assertThat(stored.statusCode()).as("%s: %s", type, stored.body()).isEqualTo(202);
			// Producers relay at least once: the same event again is recognised.
			HttpResponse<String> again = handOver(eventId, type, requestId, anna, "", data);
			assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
		}

		List<JsonNode> entries = Inbox.eventually("all journey entries in Anna's inbox", () -> {
			List<JsonNode> mine = Inbox.entriesOf("anna", requestId);
			return (mine.size() >= JOURNEY.size()) ? mine : null;
		});
		assertThat(entries).hasSize(JOURNEY.size());
		assertThat(entries).extracting((e) -> e.get("type").asString()).containsExactlyInAnyOrderElementsOf(JOURNEY);
		assertThat(entries).allSatisfy((entry) -> {
			assertThat(entry.get("link").asString()).endsWith("/requests/" + requestId);
			assertThat(entry.toString()).doesNotContain(this.question).doesNotContain("hernia");
		});
		assertThat(titles(entries)).contains("Aanvraag ingediend", "Documenten ontbreken", "Verslag beschikbaar");
		assertThat(bodyOf(entries, "DOCUMENTS_MISSING")).contains("brief over de medische voorgeschiedenis");

		List<String> mails = Inbox.eventually("one mail per journey event for Anna", () -> {
			List<String> mine = Inbox.mailsOf(ANNA_MAIL, requestId);
			return (mine.size() >= JOURNEY.size()) ? mine : null;
		});
		Inbox.sleep(Duration.ofSeconds(2));
		mails = Inbox.mailsOf(ANNA_MAIL, requestId);
		// One mail per event and none twice: every mail names its delivery, once.
		List<String> deliveries = mails.stream().map(NotificationE2E::deliveryId).toList();
		assertThat(deliveries).doesNotHaveDuplicates().doesNotContain("");
		assertThat(mails).as("one mail per journey event").hasSize(JOURNEY.size());
		assertThat(mails).allSatisfy((mail) -> {
			assertThat(mail).contains("Nieuw bericht van Second Opinion").contains("Log in om het te lezen");
			assertThat(mail).doesNotContain(this.question)
				.doesNotContainIgnoringCase("hernia")
				.doesNotContain("voorgeschiedenis")
				.doesNotContain("Documenten ontbreken")
				.doesNotContain("basisverzekering");
		});
	}

	@Test
	void annaMarksAnEntryReadAndNobodyElseCan() {
		String requestId = annasRequest();
		handOver(UUID.randomUUID().toString(), "CONSULTANT_ASSIGNED", requestId,
				"{\"userId\":\"%s\",\"role\":\"patient\"}".formatted(ANNA_ID), "", "");
		JsonNode entry = Inbox.eventually("the entry in Anna's inbox", () -> {
			List<JsonNode> mine = Inbox.entriesOf("anna", requestId);
			return mine.isEmpty() ? null : mine.get(0);
		});
		String id = entry.get("id").asString();
		String annaToken = Keycloak.userToken("anna");
		long unreadBefore = unread(annaToken);

		HttpResponse<String> byBram = post(INBOX + "/" + id + "/read", Keycloak.userToken("bram"));
		assertThat(byBram.statusCode()).isEqualTo(404);
		assertThat(byBram.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		HttpResponse<String> byAnna = post(INBOX + "/" + id + "/read", annaToken);
		assertThat(byAnna.statusCode()).isEqualTo(204);

		assertThat(unread(annaToken)).isEqualTo(unreadBefore - 1);
		assertThat(Inbox.entriesOf("bram", requestId)).isEmpty();
	}

	@Test
	void intakeCoordinatorsAreFoundInKeycloakByInstitution() {
		String requestId = annasRequest();
		HttpResponse<String> stored = handOver(UUID.randomUUID().toString(), "DOSSIER_COMPLETE", requestId, "",
				"{\"kind\":\"INTAKE_COORDINATORS\",\"institution\":\"UMC Zuid\"}", "");
		assertThat(stored.statusCode()).as(stored.body()).isEqualTo(202);

		Inbox.eventually("the intake coordinator's entry",
				() -> Inbox.entriesOf("intake.umczuid", requestId).isEmpty() ? null : 1);
		Inbox.eventually("the intake coordinator's mail",
				() -> Inbox.mailsOf(INTAKE_MAIL, requestId).isEmpty() ? null : 1);
		assertThat(Inbox.entriesOf("dr.bakker", requestId)).as("a consultant of the same institution").isEmpty();
	}

	@Test
	void bramChoosesHisChannelsAndLanguageThroughTheGateway() {
		String bram = Keycloak.userToken("bram");
		HttpResponse<String> before = Http.get(INBOX + "/preferences", bram);
		assertThat(before.statusCode()).as(before.body()).isEqualTo(200);
		try {
			HttpResponse<String> put = Http.send(Http.request(INBOX + "/preferences")
				.header("Authorization", "Bearer " + bram)
				.header("Content-Type", "application/json")
				.PUT(HttpRequest.BodyPublishers
					.ofString("{\"language\":\"nl\",\"channels\":{\"COVERAGE_PENDING\":[\"INBOX\"]}}")));
			assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
			assertThat(Http.json(put).get("language").asString()).isEqualTo("nl");
			assertThat(Http.json(put).get("channels").get("COVERAGE_PENDING").toString()).isEqualTo("[\"INBOX\"]");

			String requestId = UUID.randomUUID().toString();
			handOver(UUID.randomUUID().toString(), "COVERAGE_PENDING", requestId,
					"{\"userId\":\"%s\",\"role\":\"patient\"}".formatted(BRAM_ID), "", "");
			JsonNode entry = Inbox.eventually("Bram's entry", () -> {
				List<JsonNode> mine = Inbox.entriesOf("bram", requestId);
				return mine.isEmpty() ? null : mine.get(0);
			});
			assertThat(entry.get("title").asString()).isEqualTo("Vergoeding in behandeling");
			Inbox.sleep(Duration.ofSeconds(3));
			assertThat(Inbox.mailsOf("bram@secondopinion.example", requestId)).as("no mail: inbox only").isEmpty();
		}
		finally {
			Http.send(Http.request(INBOX + "/preferences")
				.header("Authorization", "Bearer " + Keycloak.userToken("bram"))
				.header("Content-Type", "application/json")
				.PUT(HttpRequest.BodyPublishers
					.ofString("{\"language\":\"en\",\"channels\":{\"COVERAGE_PENDING\":[\"INBOX\",\"EMAIL\"]}}")));
		}
	}

	@Test
	void eventsAreForServicesOnlyAndNotReachableThroughTheGateway() {
		String body = """
				{"eventId":"%s","type":"REQUEST_SUBMITTED","recipients":[{"userId":"%s"}]}"""
			.formatted(UUID.randomUUID(), CARLA_ID);

		assertThat(Http.postJson(EVENTS, Keycloak.userToken("anna"), body).statusCode()).isEqualTo(403);
		assertThat(Http.postJson(Stack.GATEWAY + "/internal/events", Keycloak.serviceToken("referral-service"), body)
			.statusCode()).isIn(401, 403, 404);
		HttpResponse<String> deadLetters = Http.get(INBOX + "/admin/dead-letters", Keycloak.userToken("anna"));
		assertThat(deadLetters.statusCode()).isEqualTo(403);
		assertThat(Http.get(INBOX + "/admin/dead-letters", Keycloak.userToken("admin")).statusCode()).isEqualTo(200);
	}

	private static long unread(String token) {
		HttpResponse<String> response = Http.get(INBOX + "/unread-count", token);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return Http.json(response).get("unread").asLong();
	}

	private static String deliveryId(String mime) {
		java.util.regex.Matcher header = java.util.regex.Pattern.compile("X-SecondOpinion-Delivery: (\\S+)")
			.matcher(mime);
		return header.find() ? header.group(1) : "";
	}

	private static HttpResponse<String> post(String url, String token) {
		return Http.send(
				Http.request(url).header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.noBody()));
	}

	private static List<String> titles(List<JsonNode> entries) {
		return entries.stream().map((e) -> e.get("title").asString()).toList();
	}

	private static String bodyOf(List<JsonNode> entries, String type) {
		return entries.stream()
			.filter((e) -> type.equals(e.get("type").asString()))
			.map((e) -> e.get("body").asString())
			.findFirst()
			.orElseThrow();
	}

}
