package nl.secondopinion.dossier.document;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import nl.secondopinion.dossier.events.EventSink;
import nl.secondopinion.dossier.events.PendingEvent;
import nl.secondopinion.support.deadevent.DeadEvents;
import nl.secondopinion.support.deadevent.EventRefusedException;
import nl.secondopinion.support.problem.ProblemException;

/**
 * Relays the events waiting in dossier outboxes to notification-service, at least once:
 * an event leaves the outbox only after the receiver accepted it. A crash in between
 * sends it again with the same id, which the receiver ignores. An event the receiver
 * refuses is parked as a dead event (with the reason, for a platform admin to replay) and
 * then leaves the outbox too, so the dossier's later events still go out.
 */
@Component
class EventRelay {

	private static final Logger log = LoggerFactory.getLogger(EventRelay.class);

	private final Dossiers dossiers;

	private final DossierUpdates updates;

	private final EventSink sink;

	private final DeadEvents deadEvents;

	EventRelay(Dossiers dossiers, DossierUpdates updates, EventSink sink, DeadEvents deadEvents) {
		this.dossiers = dossiers;
		this.updates = updates;
		this.sink = sink;
		this.deadEvents = deadEvents;
	}

	@Scheduled(fixedDelayString = "${secondopinion.dossier.events.relay-interval:2s}",
			initialDelayString = "${secondopinion.dossier.events.relay-interval:2s}")
	void relayScheduled() {
		try {
			relay();
		}
		catch (DataAccessException ex) {
			log.warn("Event relay could not read the outboxes: {}", ex.getClass().getSimpleName());
		}
	}

	/**
	 * One pass over all outboxes; returns how many events left them (delivered, or parked
	 * as dead events).
	 */
	int relay() {
		int delivered = 0;
		for (Dossier dossier : this.dossiers.findByHasPendingEventsTrue()) {
			List<String> sent = new ArrayList<>();
			for (PendingEvent event : dossier.outbox()) {
				try {
					this.sink.deliver(event);
				}
				catch (EventRefusedException refused) {
					// Parked first: if that fails, the event stays in the outbox.
					this.deadEvents.park(event.eventId(), event.type(), event.requestId(), refused);
				}
				catch (RuntimeException ex) {
					// Keep order per dossier: later events wait for this one.
					log.warn("Event {} of type {} not delivered yet, it stays pending: {}", event.eventId(),
							event.type(), ex.getMessage());
					break;
				}
				sent.add(event.eventId());
			}
			if (!sent.isEmpty()) {
				markDelivered(dossier.requestId(), sent);
				delivered += sent.size();
			}
		}
		return delivered;
	}

	/** On top of any change that came in meanwhile: its new events stay, ours leave. */
	private void markDelivered(String requestId, List<String> sent) {
		try {
			this.updates.change(requestId, (d) -> d.delivered(sent));
		}
		catch (ProblemException ex) {
			log.warn("Delivered events of a dossier stay marked pending and will be sent again");
		}
	}

}
