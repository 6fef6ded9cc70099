package nl.secondopinion.insurance.client.notification;

import org.springframework.stereotype.Component;

import nl.secondopinion.insurance.event.EventSender;
import nl.secondopinion.insurance.event.PendingEvent;

/** Sends pending events to notification-service over {@link NotificationClient}. */
@Component
class NotificationEvents implements EventSender {

	private final NotificationClient client;

	NotificationEvents(NotificationClient client) {
		this.client = client;
	}

	@Override
	public void send(PendingEvent event, String source) {
		this.client.publish(new EventMessage(event.eventId(), event.type(), event.occurredAt(), source,
				event.requestId(),
				event.recipients()
					.stream()
					.map((recipient) -> new EventMessage.Recipient(recipient.userId(), recipient.role()))
					.toList(),
				event.recipientGroups()
					.stream()
					.map((group) -> new EventMessage.RecipientGroup(group.kind(), group.institution(), group.uzovi()))
					.toList(),
				event.data()));
	}

}
