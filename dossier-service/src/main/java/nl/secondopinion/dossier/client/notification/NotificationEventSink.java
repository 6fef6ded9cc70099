package nl.secondopinion.dossier.client.notification;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

import nl.secondopinion.dossier.events.EventSink;
import nl.secondopinion.dossier.events.PendingEvent;
import nl.secondopinion.support.deadevent.DeadEventSender;
import nl.secondopinion.support.deadevent.EventRefusedException;

/**
 * Sends pending events to notification-service over {@link NotificationClient}, and dead
 * events again for a platform admin.
 */
@Component
class NotificationEventSink implements EventSink, DeadEventSender {

	private final NotificationClient client;

	private final JsonMapper json;

	NotificationEventSink(NotificationClient client, JsonMapper json) {
		this.client = client;
		this.json = json;
	}

	@Override
	public void deliver(PendingEvent event) {
		resend(this.json.writeValueAsString(new EventMessage(event.eventId(), event.type(), event.occurredAt(),
				"dossier-service", event.requestId(),
				event.recipients().stream().map((r) -> new EventMessage.Recipient(r.userId(), r.role())).toList(),
				event.recipientGroups()
					.stream()
					.map((g) -> new EventMessage.RecipientGroup(g.kind(), g.institution(), g.uzovi(), g.agb()))
					.toList(),
				data(event))));
	}

	@Override
	public void resend(String eventJson) {
		try {
			this.client.publish(eventJson);
		}
		catch (EventRejectedException ex) {
			throw new EventRefusedException(ex, eventJson);
		}
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
