package nl.secondopinion.referral.journey;

import java.util.List;

import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.jayway.jsonpath.JsonPath;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import nl.secondopinion.referral.request.EventRelay;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Events stored with the change, relayed at least once to notification-service
 * (WireMock).
 */
class EventRelayIT extends JourneyTestSupport {

	private static final String DEAD_EVENTS = "/api/requests/admin/dead-events";

	private static final String INVALID_EVENT = "https://secondopinion.nl/problems/invalid-event";

	@Autowired
	EventRelay relay;

	@BeforeEach
	void noDeadEvents() {
		this.mongo.remove(new Query(), "dead_events");
	}

	private List<Document> deadEvents() {
		return this.mongo.findAll(Document.class, "dead_events");
	}

	private static void notificationAnswers(int status) {
		wiremock.stubFor(post(urlEqualTo(EVENTS_PATH)).willReturn(aResponse().withStatus(status)));
	}

	private static List<LoggedRequest> delivered() {
		return wiremock.findAll(postRequestedFor(urlEqualTo(EVENTS_PATH)));
	}

	@Test
	void eachEventIsHandedOverWithTheServiceTokenAndThenMarkedSent() throws Exception {
		notificationAnswers(202);
		String id = referred();

		assertThat(this.relay.relayPending()).isEqualTo(2);

		assertThat(delivered()).hasSize(2);
		LoggedRequest first = delivered().get(0);
		String body = first.getBodyAsString();
		assertThat(first.getHeader("Authorization")).isEqualTo("Bearer service-token-1");
		assertThat((String) JsonPath.read(body, "$.type")).isEqualTo("REQUEST_SUBMITTED");
		assertThat((String) JsonPath.read(body, "$.source")).isEqualTo("referral-service");
		assertThat((String) JsonPath.read(body, "$.requestId")).isEqualTo(id);
		assertThat((String) JsonPath.read(body, "$.eventId")).isNotBlank();
		assertThat((String) JsonPath.read(body, "$.recipients[0].userId")).isEqualTo(id("01"));
		assertThat(body).doesNotContain(QUESTION).doesNotContain("hernia");
		assertThat((String) JsonPath.read(delivered().get(1).getBodyAsString(), "$.type")).isEqualTo("REFERRAL_ISSUED");

		assertThat(this.relay.relayPending()).isZero();
		assertThat(delivered()).hasSize(2);
	}

	@Test
	void whileNotificationServiceIsDownEventsWaitAndGoOutLaterWithTheSameId() throws Exception {
		notificationAnswers(503);
		submitted();

		assertThat(this.relay.relayPending()).isZero();
		String firstTry = JsonPath.read(delivered().get(0).getBodyAsString(), "$.eventId");

		wiremock.resetRequests();
		notificationAnswers(200);
		assertThat(this.relay.relayPending()).isEqualTo(1);

		assertThat((String) JsonPath.read(delivered().get(0).getBodyAsString(), "$.eventId")).isEqualTo(firstTry);
		assertThat(this.relay.relayPending()).isZero();
	}

	@Test
	void anEventTheReceiverRefusesAsInvalidIsNotSentAgainAndForever() throws Exception {
		notificationAnswers(400);
		submitted();

		assertThat(this.relay.relayPending()).isEqualTo(1);
		assertThat(this.relay.relayPending()).isZero();
		wiremock.verify(1, postRequestedFor(urlEqualTo(EVENTS_PATH)));
		assertThat(deadEvents()).singleElement()
			.satisfies((dead) -> assertThat(dead.get("reason", Document.class)).isEqualTo(new Document("status", 400)));
	}

	@Test
	void whenTheApiDocumentIsRead_thenTheDeadEventEndpointsSayWhoMayCall() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['" + DEAD_EVENTS + "'].get.description",
					org.hamcrest.Matchers.containsString("Who may call: role platform-admin")))
			.andExpect(jsonPath("$.paths['" + DEAD_EVENTS + "/{eventId}/replay'].post.description",
					org.hamcrest.Matchers.containsString("Who may call: role platform-admin")));
	}

	/**
	 * Notification-service refuses the request's first event with a problem answer and
	 * takes the second.
	 */
	@Nested
	class RefusedEvents {

		private StubMapping refusal;

		private String requestId;

		@BeforeEach
		void theFirstEventIsRefusedWith422() throws Exception {
			wiremock.stubFor(post(urlEqualTo(EVENTS_PATH)).atPriority(5).willReturn(aResponse().withStatus(202)));
			this.refusal = wiremock.stubFor(post(urlEqualTo(EVENTS_PATH)).atPriority(1)
				.withRequestBody(matchingJsonPath("$.type", equalTo("REQUEST_SUBMITTED")))
				.willReturn(
						aResponse().withStatus(422).withHeader("Content-Type", "application/problem+json").withBody("""
								{"type":"%s","title":"Invalid event","status":422,
								 "detail":"recipientGroups[0].agb is not an AGB code."}""".formatted(INVALID_EVENT))));
			this.requestId = referred();

			assertThat(relay.relayPending()).isEqualTo(2);
		}

		@Test
		void whenTheFirstEventIsRefused_thenItIsParkedWithTheReasonAndTheLaterEventIsStillDelivered() {
			assertThat(deadEvents()).singleElement().satisfies((dead) -> {
				assertThat(dead.getString("type")).isEqualTo("REQUEST_SUBMITTED");
				assertThat(dead.getString("requestId")).isEqualTo(this.requestId);
				assertThat(dead.getString("source")).isEqualTo("referral-service");
				Document reason = dead.get("reason", Document.class);
				assertThat(reason.getInteger("status")).isEqualTo(422);
				assertThat(reason.getString("type")).isEqualTo(INVALID_EVENT);
				assertThat(reason.getString("detail")).isEqualTo("recipientGroups[0].agb is not an AGB code.");
				assertThat(dead.getString("event")).doesNotContain(QUESTION).doesNotContain("hernia");
			});
			wiremock.verify(1, postRequestedFor(urlEqualTo(EVENTS_PATH))
				.withRequestBody(matchingJsonPath("$.type", equalTo("REFERRAL_ISSUED"))));

			assertThat(relay.relayPending()).as("neither is sent again").isZero();
			wiremock.verify(2, postRequestedFor(urlEqualTo(EVENTS_PATH)));
		}

		@Test
		void whenAPlatformAdminLists_thenTheDeadEventIsShownAndOtherRolesGet403() throws Exception {
			mvc.perform(get(DEAD_EVENTS).with(admin()))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$[0].type").value("REQUEST_SUBMITTED"))
				.andExpect(jsonPath("$[0].requestId").value(this.requestId))
				.andExpect(jsonPath("$[0].reason.status").value(422))
				.andExpect(jsonPath("$[0].reason.type").value(INVALID_EVENT))
				.andExpect(jsonPath("$[0].event").doesNotExist());

			for (JwtRequestPostProcessor other : List.of(anna(), devries(), bakker(), intake(), mediator())) {
				mvc.perform(get(DEAD_EVENTS).with(other))
					.andExpect(status().isForbidden())
					.andExpect(jsonPath("$.type").value("https://secondopinion.nl/problems/forbidden"));
			}
			mvc.perform(get(DEAD_EVENTS)).andExpect(status().isUnauthorized());
		}

		@Test
		void whenNotificationAcceptsTheReplay_thenTheEventGoesOutAsFirstSentAndLeavesTheDeadEvents() throws Exception {
			String firstSent = wiremock.findAll(postRequestedFor(urlEqualTo(EVENTS_PATH))).get(0).getBodyAsString();
			String eventId = JsonPath.read(firstSent, "$.eventId");
			wiremock.removeStub(this.refusal);

			mvc.perform(MockMvcRequestBuilders.post(DEAD_EVENTS + "/{eventId}/replay", eventId).with(admin()))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.status").value("DELIVERED"));

			wiremock.verify(2, postRequestedFor(urlEqualTo(EVENTS_PATH)).withRequestBody(equalToJson(firstSent)));
			assertThat(deadEvents()).isEmpty();
			mvc.perform(get(DEAD_EVENTS).with(admin())).andExpect(jsonPath("$").isEmpty());
		}

	}

	@Test
	void theAssignmentEventNamesTheSitesIntakeCoordinatorsAsGroup() throws Exception {
		notificationAnswers(202);
		assignedToBakker();

		this.relay.relayPending();

		String assigned = delivered().stream()
			.map(LoggedRequest::getBodyAsString)
			.filter((body) -> body.contains("CONSULTANT_ASSIGNED"))
			.findFirst()
			.orElseThrow();
		assertThat((List<String>) JsonPath.read(assigned,
				"$.recipientGroups[?(@.kind == 'INTAKE_COORDINATORS')].institution"))
			.containsExactly("UMC Zuid");
		assertThat((List<String>) JsonPath.read(assigned, "$.recipients[*].userId")).contains(id("01"), id("04"),
				id("06"));
		wiremock.verify(postRequestedFor(urlEqualTo(EVENTS_PATH)).withHeader("Content-Type",
				com.github.tomakehurst.wiremock.client.WireMock.containing("application/json")));
	}

	@Test
	void aSubmittedRequestNamesTheGpAndTheTreatingDoctorByAgbCode() throws Exception {
		notificationAnswers(202);
		submitted();

		this.relay.relayPending();

		String body = delivered().get(0).getBodyAsString();
		assertThat((List<String>) JsonPath.read(body, "$.recipientGroups[*].kind")).containsExactly("CLINICIAN",
				"CLINICIAN");
		assertThat((List<String>) JsonPath.read(body, "$.recipientGroups[*].agb")).containsExactly("01000001",
				"03000002");
		assertThat(body).as("absent group fields are left out").doesNotContain("institution").doesNotContain("null");
	}

	@Test
	void aRepresentativesRequestAsksThePatientByUserName() throws Exception {
		notificationAnswers(202);
		create(carla(), FULL_BODY);

		assertThat(this.relay.relayPending()).isEqualTo(1);

		String body = delivered().get(0).getBodyAsString();
		assertThat((String) JsonPath.read(body, "$.type")).isEqualTo("CONSENT_REQUESTED");
		assertThat((List<Object>) JsonPath.read(body, "$.recipients")).isEmpty();
		assertThat((java.util.Map<String, Object>) JsonPath.read(body, "$.recipientGroups[0]"))
			.containsExactly(java.util.Map.entry("kind", "USERNAME"), java.util.Map.entry("username", "anna"));
	}

	@Test
	void statusChangesThatWereTimelineOnlyAreRelayedToo() throws Exception {
		notificationAnswers(202);
		String id = submitted();
		step(anna(), id, "self-referral").andExpect(status().isOk());
		step(anna(), id, "withdraw", "{\"reason\": \"Ik wil er nog even over nadenken.\"}").andExpect(status().isOk());

		assertThat(this.relay.relayPending()).isEqualTo(3);

		assertThat(delivered()).extracting((request) -> (String) JsonPath.read(request.getBodyAsString(), "$.type"))
			.containsExactly("REQUEST_SUBMITTED", "SELF_REFERRED", "REQUEST_WITHDRAWN");
		assertThat(delivered()).allSatisfy(
				(request) -> assertThat(request.getBodyAsString()).doesNotContain(QUESTION).doesNotContain("nadenken"));
	}

	@Test
	void theEventIsStoredInTheSameDocumentAsTheChange() throws Exception {
		String id = create(anna(), FULL_BODY);
		step(anna(), id, "submit").andExpect(status().isOk());

		org.bson.Document stored = this.mongo.findById(id, org.bson.Document.class, "requests");
		assertThat(stored.getString("status")).isEqualTo("SUBMITTED");
		assertThat(stored.getBoolean("pendingEvents")).isTrue();
		assertThat(stored.getList("outbox", org.bson.Document.class)).singleElement()
			.satisfies((event) -> assertThat(event.getString("type")).isEqualTo("REQUEST_SUBMITTED"));
	}

	@Test
	void afterFiveFailedRunsTheBreakerOpensAndNotificationServiceIsLeftAlone() throws Exception {
		notificationAnswers(500);
		submitted();

		for (int i = 0; i < 5; i++) {
			assertThat(this.relay.relayPending()).isZero();
		}
		assertThat(breakers.circuitBreaker("notification-service").getState())
			.isEqualTo(io.github.resilience4j.circuitbreaker.CircuitBreaker.State.OPEN);
		assertThat(this.relay.relayPending()).isZero();

		wiremock.verify(5, postRequestedFor(urlEqualTo(EVENTS_PATH)));
	}

}
