package nl.secondopinion.referral.request;

import java.time.Clock;
import java.util.HashSet;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import nl.secondopinion.support.deadevent.DeadEvents;
import nl.secondopinion.support.deadevent.EventRefusedException;

/**
 * Hands the events waiting in request documents to the notification service, at least
 * once: an event is marked sent only after the receiver accepted it, and the receiver
 * deduplicates by event id. An event the receiver refuses is parked as a dead event (with
 * the reason, for a platform admin to replay) and then marked sent, so the request's
 * later events still go out. Runs on a schedule (see the config package).
 */
@Component
public class EventRelay {

	private static final Logger log = LoggerFactory.getLogger(EventRelay.class);

	private static final int BATCH = 50;

	private final Requests requests;

	private final EventSender sender;

	private final DeadEvents deadEvents;

	private final Clock clock;

	EventRelay(Requests requests, EventSender sender, DeadEvents deadEvents, Clock clock) {
		this.requests = requests;
		this.sender = sender;
		this.deadEvents = deadEvents;
		this.clock = clock;
	}

	/** One run; answers how many events were handed over. */
	public int relayPending() {
		int handed = 0;
		for (SecondOpinionRequest request : this.requests.withPendingEvents(BATCH)) {
			Set<String> sent = new HashSet<>();
			try {
				for (OutboxEvent event : request.unsentEvents()) {
					try {
						this.sender.send(event);
					}
					catch (EventRefusedException refused) {
						// Parked first: if that fails, the event stays pending.
						this.deadEvents.park(event.eventId(), event.type().name(), event.requestId(), refused);
					}
					sent.add(event.eventId());
				}
			}
			catch (EventsUnavailableException ex) {
				log.warn("Notification service unavailable, events stay pending: {}", ex.getMessage());
				markSent(request, sent);
				return handed + sent.size();
			}
			markSent(request, sent);
			handed += sent.size();
		}
		return handed;
	}

	private void markSent(SecondOpinionRequest request, Set<String> sent) {
		if (!sent.isEmpty() && !this.requests.markSent(request, sent, this.clock.instant())) {
			log.debug("Request {} changed while relaying; its events are sent again next run", request.id());
		}
	}

}
