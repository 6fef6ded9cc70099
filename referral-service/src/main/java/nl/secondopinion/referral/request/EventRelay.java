package nl.secondopinion.referral.request;

import java.time.Clock;
import java.util.HashSet;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Hands the events waiting in request documents to the notification service, at least
 * once: an event is marked sent only after the receiver accepted it, and the receiver
 * deduplicates by event id. Runs on a schedule (see the config package).
 */
@Component
public class EventRelay {

	private static final Logger log = LoggerFactory.getLogger(EventRelay.class);

	private static final int BATCH = 50;

	private final Requests requests;

	private final EventSender sender;

	private final Clock clock;

	EventRelay(Requests requests, EventSender sender, Clock clock) {
		this.requests = requests;
		this.sender = sender;
		this.clock = clock;
	}

	/** One run; answers how many events were handed over. */
	public int relayPending() {
		int handed = 0;
		for (SecondOpinionRequest request : this.requests.withPendingEvents(BATCH)) {
			Set<String> sent = new HashSet<>();
			try {
				for (OutboxEvent event : request.unsentEvents()) {
					if (!this.sender.send(event)) {
						log.error("Notification service refused event {} ({}) as invalid; not retried", event.eventId(),
								event.type());
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
