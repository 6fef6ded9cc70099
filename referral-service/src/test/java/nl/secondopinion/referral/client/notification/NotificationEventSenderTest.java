package nl.secondopinion.referral.client.notification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import nl.secondopinion.referral.request.EventType;
import nl.secondopinion.referral.request.EventsUnavailableException;
import nl.secondopinion.referral.request.OutboxEvent;
import nl.secondopinion.support.deadevent.EventRefusedException;
import nl.secondopinion.support.feign.ReceivedProblem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class NotificationEventSenderTest {

	private static final OutboxEvent EVENT = new OutboxEvent("e-1", EventType.CONSULTANT_ASSIGNED,
			Instant.parse("2026-11-23T12:00:00Z"), "r-1", List.of(new OutboxEvent.Recipient("u-1", "patient")),
			List.of(OutboxEvent.RecipientGroup.intakeCoordinators("UMC Zuid")), Map.of("status", "CONSULTANT_ASSIGNED"),
			null);

	private final NotificationFallbackFactory fallbacks = new NotificationFallbackFactory();

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void theMessageFollowsTheContract() {
		EventMessage message = NotificationEventSender.toMessage(EVENT);

		assertThat(message)
			.isEqualTo(new EventMessage("e-1", "CONSULTANT_ASSIGNED", Instant.parse("2026-11-23T12:00:00Z"),
					"referral-service", "r-1", List.of(new EventMessage.Recipient("u-1", "patient")),
					List.of(new EventMessage.RecipientGroup("INTAKE_COORDINATORS", "UMC Zuid", null, null, null)),
					Map.of("status", "CONSULTANT_ASSIGNED")));
	}

	@Test
	void whenDelivered_thenTheMessageWentOutAsJson() {
		List<String> published = new ArrayList<>();

		new NotificationEventSender(published::add, this.json).send(EVENT);

		assertThat(published).singleElement().satisfies((body) -> {
			assertThat((String) JsonPath.read(body, "$.eventId")).isEqualTo("e-1");
			assertThat((String) JsonPath.read(body, "$.occurredAt")).isEqualTo("2026-11-23T12:00:00Z");
			assertThat(body).doesNotContain("null");
		});
	}

	@Test
	void whenRefused_thenTheRefusalCarriesTheReasonAndTheJsonAsSent() {
		ReceivedProblem problem = new ReceivedProblem("https://secondopinion.nl/problems/invalid-event", null, null);
		NotificationEventSender sender = new NotificationEventSender(
				this.fallbacks.create(new NotificationRejectedException(422, problem)), this.json);

		assertThatExceptionOfType(EventRefusedException.class).isThrownBy(() -> sender.send(EVENT))
			.satisfies((refused) -> {
				assertThat(refused.status()).isEqualTo(422);
				assertThat(refused.problem()).isEqualTo(problem);
				assertThat((String) JsonPath.read(refused.eventJson(), "$.type")).isEqualTo("CONSULTANT_ASSIGNED");
				assertThat(refused.getMessage()).doesNotContain("UMC Zuid");
			});
	}

	@Test
	void anythingElseMeansTryLater() {
		NotificationEventSender sender = new NotificationEventSender(this.fallbacks.create(new TimeoutException()),
				this.json);

		assertThatExceptionOfType(EventsUnavailableException.class).isThrownBy(() -> sender.send(EVENT));
		assertThatExceptionOfType(EventsUnavailableException.class).isThrownBy(() -> sender.resend("{}"));
	}

}
