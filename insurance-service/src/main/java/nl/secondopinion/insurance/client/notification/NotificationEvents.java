package nl.secondopinion.insurance.client.notification;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

import nl.secondopinion.insurance.event.EventSender;
import nl.secondopinion.insurance.event.PendingEvent;
import nl.secondopinion.support.deadevent.DeadEventSender;
import nl.secondopinion.support.deadevent.EventRefusedException;

/**
 * Sends pending events to notification-service over {@link NotificationClient}, and dead
 * events again for a platform admin.
 */
@Component
class NotificationEvents implements EventSender, DeadEventSender {

	private final NotificationClient client;

	private final JsonMapper json;

	NotificationEvents(NotificationClient client, JsonMapper json) {
		this.client = client;
		this.json = json;
	}

	@Override
	public void send(PendingEvent event, String source) {
		resend(this.json.writeValueAsString(new EventMessage(event.eventId(), event.type(), event.occurredAt(), source,
				event.requestId(),
				event.recipients()
					.stream()
					.map((recipient) -> new EventMessage.Recipient(recipient.userId(), recipient.role()))
					.toList(),
				event.recipientGroups()
					.stream()
					.map((group) -> new EventMessage.RecipientGroup(group.kind(), group.institution(), group.uzovi()))
					.toList(),
				event.data())));
	}

	@Override
	public void resend(String eventJson) {
		try {
			this.client.publish(eventJson);
		}
		catch (NotificationRejectedException ex) {
			throw new EventRefusedException(ex, eventJson);
		}
	}

}
