package nl.secondopinion.insurance.event;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import nl.secondopinion.insurance.testsupport.WithDownstreams;
import nl.secondopinion.testing.TestTokens;

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

/** At-least-once relay of the events stored inside the documents. */
class EventRelayIT extends WithDownstreams {

	private static final String EVENTS = "/internal/events";

	private static final String DEAD_EVENTS = "/api/coverage/admin/dead-events";

	private static final String INVALID_EVENT = "https://secondopinion.nl/problems/invalid-event";

	@Autowired
	EventRelay relay;

	private static Document event(String eventId, String type) {
		return new Document("eventId", eventId).append("type", type)
			.append("occurredAt", java.util.Date.from(Instant.parse("2026-11-23T10:00:00Z")))
			.append("requestId", "r-1")
			.append("recipients", List.of(new Document("userId", "u-1").append("role", "patient")))
			.append("recipientGroups", List.of())
			.append("data", new Document(Map.of("decision", "COVERED_BASIC")));
	}

	private void storeCheckWithEvent(String id, String eventId) {
		mongo.getCollection("coverage_checks")
			.insertOne(new Document("_id", id).append("pendingEvents", List.of(event(eventId, "COVERAGE_DECIDED"))));
	}

	private List<Document> deadEvents() {
		return mongo.findAll(Document.class, "dead_events");
	}

	private List<Document> pending(String id) {
		return mongo.getCollection("coverage_checks")
			.find(new Document("_id", id))
			.first()
			.getList("pendingEvents", Document.class);
	}

	@Test
	void whenNotificationServiceIsDown_thenTheEventStaysAndGoesOutOnceItIsBack() {
		storeCheckWithEvent("c-1", "e-1");
		SERVICES.stubFor(post(urlEqualTo("/internal/events")).willReturn(aResponse().withStatus(503)));

		assertThat(this.relay.relay()).isZero();
		assertThat(pending("c-1")).hasSize(1);

		SERVICES.stubFor(post(urlEqualTo("/internal/events")).willReturn(aResponse().withStatus(202)));
		assertThat(this.relay.relay()).isEqualTo(1);
		assertThat(pending("c-1")).isEmpty();
		SERVICES.verify(2, postRequestedFor(urlEqualTo("/internal/events"))
			.withRequestBody(matchingJsonPath("$.eventId", equalTo("e-1"))));
		assertThat(this.relay.relay()).isZero();
	}

	@Test
	void whenTheEventWasAlreadyStored_thenTheDuplicateAnswerAlsoCountsAsDelivered() {
		storeCheckWithEvent("c-2", "e-2");
		SERVICES.stubFor(post(urlEqualTo("/internal/events")).willReturn(aResponse().withStatus(200)));

		assertThat(this.relay.relay()).isEqualTo(1);
		assertThat(pending("c-2")).isEmpty();
	}

	@Test
	void whenNotificationServiceRejectsTheEvent_thenItIsParkedNotRetriedForever() {
		storeCheckWithEvent("c-3", "e-3");
		SERVICES.stubFor(post(urlEqualTo("/internal/events")).willReturn(aResponse().withStatus(400)));

		this.relay.relay();

		assertThat(pending("c-3")).isEmpty();
		assertThat(breakers.circuitBreaker("notification-service").getMetrics().getNumberOfFailedCalls()).isZero();
		assertThat(deadEvents()).singleElement()
			.satisfies((dead) -> assertThat(dead.get("reason", Document.class)).isEqualTo(new Document("status", 400)));
	}

	@Test
	void whenTheApiDocumentIsRead_thenTheDeadEventEndpointsSayWhoMayCall() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['" + DEAD_EVENTS + "'].get.description",
					org.hamcrest.Matchers.containsString("Who may call: role platform-admin")))
			.andExpect(jsonPath("$.paths['" + DEAD_EVENTS + "/{eventId}/replay'].post.description",
					org.hamcrest.Matchers.containsString("Who may call: role platform-admin")));
	}

	/**
	 * A check with two events: notification-service refuses the first and takes the
	 * second.
	 */
	@Nested
	class RefusedEvents {

		private StubMapping refusal;

		@BeforeEach
		void theFirstEventIsRefusedWith422() {
			mongo.getCollection("coverage_checks")
				.insertOne(new Document("_id", "c-4").append("pendingEvents",
						List.of(event("e-41", "COVERAGE_PENDING"), event("e-42", "COVERAGE_DECIDED"))));
			SERVICES.stubFor(post(urlEqualTo(EVENTS)).atPriority(5).willReturn(aResponse().withStatus(202)));
			this.refusal = SERVICES.stubFor(post(urlEqualTo(EVENTS)).atPriority(1)
				.withRequestBody(matchingJsonPath("$.eventId", equalTo("e-41")))
				.willReturn(aResponse().withStatus(422)
					.withHeader("Content-Type", "application/problem+json")
					.withBody("""
							{"type":"%s","title":"Invalid event","status":422,"detail":"data.decision is not known."}"""
						.formatted(INVALID_EVENT))));

			assertThat(relay.relay()).isEqualTo(2);
		}

		@Test
		void whenTheFirstEventIsRefused_thenItIsParkedWithTheReasonAndTheLaterEventIsStillDelivered() {
			assertThat(deadEvents()).singleElement().satisfies((dead) -> {
				assertThat(dead.getString("_id")).isEqualTo("e-41");
				assertThat(dead.getString("type")).isEqualTo("COVERAGE_PENDING");
				assertThat(dead.getString("requestId")).isEqualTo("r-1");
				assertThat(dead.getString("source")).isEqualTo("insurance-service");
				Document reason = dead.get("reason", Document.class);
				assertThat(reason.getInteger("status")).isEqualTo(422);
				assertThat(reason.getString("type")).isEqualTo(INVALID_EVENT);
				assertThat(reason.getString("detail")).isEqualTo("data.decision is not known.");
			});
			SERVICES.verify(1, postRequestedFor(urlEqualTo(EVENTS))
				.withRequestBody(matchingJsonPath("$.eventId", equalTo("e-42"))));
			assertThat(pending("c-4")).isEmpty();

			assertThat(relay.relay()).as("neither is sent again").isZero();
			SERVICES.verify(2, postRequestedFor(urlEqualTo(EVENTS)));
		}

		@Test
		void whenAPlatformAdminLists_thenTheDeadEventIsShownAndOtherRolesGet403() throws Exception {
			mvc.perform(get(DEAD_EVENTS).with(TestTokens.user("u-admin", "admin", "platform-admin")))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$[0].eventId").value("e-41"))
				.andExpect(jsonPath("$[0].type").value("COVERAGE_PENDING"))
				.andExpect(jsonPath("$[0].reason.status").value(422))
				.andExpect(jsonPath("$[0].reason.type").value(INVALID_EVENT))
				.andExpect(jsonPath("$[0].event").doesNotExist());

			for (String role : List.of("patient", "representative", "insurer-mediator", "platform-service")) {
				mvc.perform(get(DEAD_EVENTS).with(TestTokens.user("u-other", "other", role)))
					.andExpect(status().isForbidden())
					.andExpect(jsonPath("$.type").value("https://secondopinion.nl/problems/forbidden"));
			}
			mvc.perform(get(DEAD_EVENTS)).andExpect(status().isUnauthorized());
		}

		@Test
		void whenNotificationAcceptsTheReplay_thenTheEventGoesOutAsFirstSentAndLeavesTheDeadEvents() throws Exception {
			String firstSent = SERVICES
				.findAll(postRequestedFor(urlEqualTo(EVENTS))
					.withRequestBody(matchingJsonPath("$.eventId", equalTo("e-41"))))
				.get(0)
				.getBodyAsString();
			SERVICES.removeStub(this.refusal);

			mvc.perform(MockMvcRequestBuilders.post(DEAD_EVENTS + "/e-41/replay")
				.with(TestTokens.user("u-admin", "admin", "platform-admin")))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.status").value("DELIVERED"));

			SERVICES.verify(2, postRequestedFor(urlEqualTo(EVENTS)).withRequestBody(equalToJson(firstSent)));
			assertThat(deadEvents()).isEmpty();
		}

	}

}
