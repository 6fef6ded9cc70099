package nl.secondopinion.referral.client.notification;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.Test;

import nl.secondopinion.referral.request.EventType;
import nl.secondopinion.referral.request.EventsUnavailableException;
import nl.secondopinion.referral.request.OutboxEvent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class NotificationEventSenderTest {

	private static final OutboxEvent EVENT = new OutboxEvent("e-1", EventType.CONSULTANT_ASSIGNED,
			Instant.parse("2026-11-23T12:00:00Z"), "r-1", List.of(new OutboxEvent.Recipient("u-1", "patient")),
			List.of(OutboxEvent.RecipientGroup.intakeCoordinators("UMC Zuid")), Map.of("status", "CONSULTANT_ASSIGNED"),
			null);

	private final NotificationFallbackFactory fallbacks = new NotificationFallbackFactory();

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
	void aDeliveredEventIsTrueARefusedOneFalse() {
		assertThat(new NotificationEventSender((message) -> {
		}).send(EVENT)).isTrue();
		assertThat(
				new NotificationEventSender(this.fallbacks.create(new NotificationRejectedException(400))).send(EVENT))
			.isFalse();
	}

	@Test
	void anythingElseMeansTryLater() {
		NotificationEventSender sender = new NotificationEventSender(this.fallbacks.create(new TimeoutException()));

		assertThatExceptionOfType(EventsUnavailableException.class).isThrownBy(() -> sender.send(EVENT));
	}

}
