package nl.secondopinion.dossier.client.notification;

import java.util.Map;

import org.springframework.stereotype.Component;

import nl.secondopinion.dossier.events.EventSink;
import nl.secondopinion.dossier.events.PendingEvent;

/** Sends pending events to notification-service over {@link NotificationClient}. */
@Component
class NotificationEventSink implements EventSink {

	private final NotificationClient client;

	NotificationEventSink(NotificationClient client) {
		this.client = client;
	}

	@Override
	public void deliver(PendingEvent event) {
		this.client.publish(new EventMessage(event.eventId(), event.type(), event.occurredAt(), "dossier-service",
				event.requestId(),
				event.recipients().stream().map((r) -> new EventMessage.Recipient(r.userId(), r.role())).toList(),
				event.recipientGroups()
					.stream()
					.map((g) -> new EventMessage.RecipientGroup(g.kind(), g.institution(), g.uzovi()))
					.toList(),
				event.missingItems().isEmpty() ? Map.of() : Map.of("missingItems", event.missingItems())));
	}

}
