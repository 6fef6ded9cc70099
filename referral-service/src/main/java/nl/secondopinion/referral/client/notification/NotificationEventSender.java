package nl.secondopinion.referral.client.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import nl.secondopinion.referral.request.EventSender;
import nl.secondopinion.referral.request.OutboxEvent;

/** Hands outbox events to notification-service over {@link NotificationClient}. */
@Component
class NotificationEventSender implements EventSender {

	private static final Logger log = LoggerFactory.getLogger(NotificationEventSender.class);

	static final String SOURCE = "referral-service";

	private final NotificationClient client;

	NotificationEventSender(NotificationClient client) {
		this.client = client;
	}

	@Override
	public boolean send(OutboxEvent event) {
		try {
			this.client.publish(toMessage(event));
			return true;
		}
		catch (NotificationRejectedException ex) {
			log.error("Notification service refused event {} with status {}", event.eventId(), ex.status());
			return false;
		}
	}

	static EventMessage toMessage(OutboxEvent event) {
		return new EventMessage(event.eventId(), event.type().name(), event.occurredAt(), SOURCE, event.requestId(),
				event.recipients()
					.stream()
					.map((recipient) -> new EventMessage.Recipient(recipient.userId(), recipient.role()))
					.toList(),
				event.recipientGroups()
					.stream()
					.map((group) -> new EventMessage.RecipientGroup(group.kind(), group.institution(), group.uzovi(),
							group.username(), group.agb()))
					.toList(),
				event.data());
	}

}
