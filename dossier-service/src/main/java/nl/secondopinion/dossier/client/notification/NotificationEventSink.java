package nl.secondopinion.dossier.client.notification;

import java.util.LinkedHashMap;
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
					.map((g) -> new EventMessage.RecipientGroup(g.kind(), g.institution(), g.uzovi(), g.agb()))
					.toList(),
				data(event)));
	}

	private static Map<String, Object> data(PendingEvent event) {
		Map<String, Object> data = new LinkedHashMap<>();
		if (!event.missingItems().isEmpty()) {
			data.put("missingItems", event.missingItems());
		}
		if (event.data() != null) {
			data.putAll(event.data());
		}
		return data;
	}

}
