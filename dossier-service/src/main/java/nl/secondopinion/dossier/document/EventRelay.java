package nl.secondopinion.dossier.document;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import nl.secondopinion.dossier.events.EventSink;
import nl.secondopinion.dossier.events.PendingEvent;

/**
 * Relays the events waiting in dossier outboxes to notification-service, at least once:
 * an event leaves the outbox only after the receiver accepted it. A crash in between
 * sends it again with the same id, which the receiver ignores.
 */
@Component
class EventRelay {

	private static final Logger log = LoggerFactory.getLogger(EventRelay.class);

	private final Dossiers dossiers;

	private final EventSink sink;

	EventRelay(Dossiers dossiers, EventSink sink) {
		this.dossiers = dossiers;
		this.sink = sink;
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

	/** One pass over all outboxes; returns how many events were delivered. */
	int relay() {
		int delivered = 0;
		for (Dossier dossier : this.dossiers.findByHasPendingEventsTrue()) {
			List<String> sent = new ArrayList<>();
			for (PendingEvent event : dossier.outbox()) {
				try {
					this.sink.deliver(event);
					sent.add(event.eventId());
				}
				catch (RuntimeException ex) {
					// Keep order per dossier: later events wait for this one.
					break;
				}
			}
			markDelivered(dossier.requestId(), sent);
			delivered += sent.size();
		}
		return delivered;
	}

	private void markDelivered(String requestId, List<String> sent) {
		for (int attempt = 0; attempt < 5; attempt++) {
			Dossier fresh = this.dossiers.findById(requestId).orElse(null);
			if (fresh == null) {
				return;
			}
			fresh.delivered(sent);
			try {
				this.dossiers.save(fresh);
				return;
			}
			catch (OptimisticLockingFailureException ex) {
				// A change came in meanwhile; its new events stay, ours leave.
			}
		}
		log.warn("Delivered events of a dossier stay marked pending and will be sent again");
	}

}
