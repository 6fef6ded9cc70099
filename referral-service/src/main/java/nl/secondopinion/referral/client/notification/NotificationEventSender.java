package nl.secondopinion.referral.client.notification;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

import nl.secondopinion.referral.request.EventSender;
import nl.secondopinion.referral.request.OutboxEvent;
import nl.secondopinion.support.deadevent.DeadEventSender;
import nl.secondopinion.support.deadevent.EventRefusedException;

/**
 * Hands outbox events to notification-service over {@link NotificationClient}, and sends
 * dead events again for a platform admin.
 */
@Component
class NotificationEventSender implements EventSender, DeadEventSender {

	static final String SOURCE = "referral-service";

	private final NotificationClient client;

	private final JsonMapper json;

	NotificationEventSender(NotificationClient client, JsonMapper json) {
		this.client = client;
		this.json = json;
	}

	@Override
	public void send(OutboxEvent event) {
		resend(this.json.writeValueAsString(toMessage(event)));
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
