package nl.secondopinion.dossier.client.notification;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import nl.secondopinion.dossier.Downstream;
import nl.secondopinion.dossier.ReferralStub;
import nl.secondopinion.dossier.events.EventSink;
import nl.secondopinion.dossier.events.PendingEvent;
import nl.secondopinion.support.deadevent.EventRefusedException;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Events reach notification-service in the contract's shape, or stay undelivered. */
@SpringBootTest
class NotificationEventSinkIT {

	@RegisterExtension
	static final Downstream wiremock = new Downstream();

	@DynamicPropertySource
	static void downstream(DynamicPropertyRegistry registry) {
		wiremock.register(registry, "dossier-notification-it");
	}

	@Autowired
	EventSink sink;

	@Autowired
	CircuitBreakerRegistry breakers;

	@Autowired
	OAuth2AuthorizedClientService authorizedClients;

	private final PendingEvent event = new PendingEvent("7d1c2b8e-5f0a-4e8e-9a43-0c7b4c1d2e3f", "DOCUMENTS_MISSING",
			Instant.parse("2026-11-23T12:00:00Z"), "req-1",
			List.of(new PendingEvent.Recipient("5e0c0000-0000-4000-8000-000000000001", "patient")),
			List.of(PendingEvent.RecipientGroup.intakeCoordinators("UMC Zuid")),
			List.of("HISTORY_LETTER", "IMAGING_STUDY"), null);

	@BeforeEach
	void fresh() {
		wiremock.resetAll();
		ReferralStub.tokenEndpoint(wiremock);
		this.breakers.circuitBreaker("notification-service").reset();
		this.authorizedClients.removeAuthorizedClient("dossier-service", "anonymousUser");
	}

	@Test
	void theEventIsPostedInTheContractShapeWithAServiceToken() {
		wiremock.stubFor(post(urlEqualTo("/internal/events")).willReturn(aResponse().withStatus(202)));

		this.sink.deliver(this.event);

		wiremock.verify(1,
				postRequestedFor(urlEqualTo("/internal/events"))
					.withHeader("Authorization", equalTo("Bearer service-token-1"))
					.withRequestBody(equalToJson("""
							{"eventId":"7d1c2b8e-5f0a-4e8e-9a43-0c7b4c1d2e3f","type":"DOCUMENTS_MISSING",
							 "occurredAt":"2026-11-23T12:00:00Z","source":"dossier-service","requestId":"req-1",
							 "recipients":[{"userId":"5e0c0000-0000-4000-8000-000000000001","role":"patient"}],
							 "recipientGroups":[{"kind":"INTAKE_COORDINATORS","institution":"UMC Zuid"}],
							 "data":{"missingItems":["HISTORY_LETTER","IMAGING_STUDY"]}}""")));
	}

	@Test
	void codesOfTheEventAndAClinicianByAgbGoAlong() {
		wiremock.stubFor(post(urlEqualTo("/internal/events")).willReturn(aResponse().withStatus(202)));

		this.sink.deliver(new PendingEvent("8e2d3c9f-6a1b-4f9f-8b54-1d8c5d2e3f40", "INFORMATION_REQUESTED",
				Instant.parse("2026-11-23T12:00:00Z"), "req-1",
				List.of(new PendingEvent.Recipient("5e0c0000-0000-4000-8000-000000000001", "patient")),
				List.of(PendingEvent.RecipientGroup.clinician("03000002")), List.of(),
				Map.of("itemId", "ADDITIONAL:3f1e", "holder", "TREATING_DOCTOR")));

		wiremock.verify(1, postRequestedFor(urlEqualTo("/internal/events")).withRequestBody(equalToJson("""
				{"eventId":"8e2d3c9f-6a1b-4f9f-8b54-1d8c5d2e3f40","type":"INFORMATION_REQUESTED",
				 "occurredAt":"2026-11-23T12:00:00Z","source":"dossier-service","requestId":"req-1",
				 "recipients":[{"userId":"5e0c0000-0000-4000-8000-000000000001","role":"patient"}],
				 "recipientGroups":[{"kind":"CLINICIAN","agb":"03000002"}],
				 "data":{"itemId":"ADDITIONAL:3f1e","holder":"TREATING_DOCTOR"}}""")));
	}

	@Test
	void anAlreadyStoredEventCountsAsDelivered() {
		wiremock.stubFor(post(urlEqualTo("/internal/events")).willReturn(aResponse().withStatus(200)));

		assertThatCode(() -> this.sink.deliver(this.event)).doesNotThrowAnyException();
	}

	@Test
	void whenNotificationRefusesTheEvent_thenTheRefusalCarriesTheReasonAndTheJsonAsSent() {
		wiremock.stubFor(post(urlEqualTo("/internal/events")).willReturn(aResponse().withStatus(422)
			.withHeader("Content-Type", "application/problem+json")
			.withBody("{\"type\":\"https://secondopinion.nl/problems/invalid-event\",\"title\":\"Invalid event\"}")));

		assertThatExceptionOfType(EventRefusedException.class).isThrownBy(() -> this.sink.deliver(this.event))
			.satisfies((refused) -> {
				assertThat(refused.status()).isEqualTo(422);
				assertThat(refused.problem().type()).isEqualTo("https://secondopinion.nl/problems/invalid-event");
				assertThat(refused.problem().title()).isEqualTo("Invalid event");
				assertThat(refused.eventJson()).contains("\"eventId\":\"7d1c2b8e-5f0a-4e8e-9a43-0c7b4c1d2e3f\"");
			});
		assertThat(this.breakers.circuitBreaker("notification-service").getMetrics().getNumberOfFailedCalls()).isZero();
	}

	@Test
	void whenNotificationIsDown_thenTheEventIsNotDelivered() {
		for (int status : new int[] { 500, 503 }) {
			wiremock.stubFor(post(urlEqualTo("/internal/events")).willReturn(aResponse().withStatus(status)));

			assertThatExceptionOfType(EventNotDeliveredException.class).isThrownBy(() -> this.sink.deliver(this.event));
		}
	}

}
