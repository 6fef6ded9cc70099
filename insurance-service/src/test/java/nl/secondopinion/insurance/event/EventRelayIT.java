package nl.secondopinion.insurance.event;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import nl.secondopinion.insurance.testsupport.WithDownstreams;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** At-least-once relay of the events stored inside the documents. */
class EventRelayIT extends WithDownstreams {

	@Autowired
	EventRelay relay;

	private void storeCheckWithEvent(String id, String eventId) {
		Document event = new Document("eventId", eventId).append("type", "COVERAGE_DECIDED")
			.append("occurredAt", java.util.Date.from(Instant.parse("2026-11-23T10:00:00Z")))
			.append("requestId", "r-1")
			.append("recipients", List.of(new Document("userId", "u-1").append("role", "patient")))
			.append("recipientGroups", List.of())
			.append("data", new Document(Map.of("decision", "COVERED_BASIC")));
		mongo.getCollection("coverage_checks")
			.insertOne(new Document("_id", id).append("pendingEvents", List.of(event)));
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
	void whenNotificationServiceRejectsTheEvent_thenItIsDroppedNotRetriedForever() {
		storeCheckWithEvent("c-3", "e-3");
		SERVICES.stubFor(post(urlEqualTo("/internal/events")).willReturn(aResponse().withStatus(400)));

		this.relay.relay();

		assertThat(pending("c-3")).isEmpty();
		assertThat(breakers.circuitBreaker("notification-service").getMetrics().getNumberOfFailedCalls()).isZero();
	}

}
