package nl.secondopinion.notification.event;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/**
 * Stores events exactly once per event id. The insert is the deduplication: the id is the
 * document's {@code _id}, so a redelivery (also one racing the first delivery) fails with
 * a duplicate key and changes nothing.
 */
@Service
public class EventIntake {

	private static final Logger log = LoggerFactory.getLogger(EventIntake.class);

	private final MongoTemplate mongo;

	private final Clock clock;

	private final ApplicationEventPublisher publisher;

	EventIntake(MongoTemplate mongo, Clock clock, ApplicationEventPublisher publisher) {
		this.mongo = mongo;
		this.clock = clock;
		this.publisher = publisher;
	}

	/** Returns true when the event was stored now, false when it was stored before. */
	public boolean store(NewEvent event) {
		List<String> dropped = new ArrayList<>();
		Instant now = this.clock.instant();
		NotificationEvent stored = new NotificationEvent(event.eventId(), event.type(), event.occurredAt(),
				event.source(), event.requestId(), event.recipients(), event.recipientGroups(),
				EventData.sanitize(event.data(), dropped), now, EventStatus.RECEIVED, 0, now, Instant.EPOCH, null, null,
				null, null, 0);
		try {
			this.mongo.insert(stored);
		}
		catch (DuplicateKeyException ex) {
			log.info("Event {} of type {} was stored before; redelivery ignored", event.eventId(), event.type());
			return false;
		}
		if (!dropped.isEmpty()) {
			// Only the keys: the values may be exactly what must never be logged.
			log.warn("Event {} from {} carried data that is not a code, date or id; dropped keys {}", event.eventId(),
					event.source(), dropped);
		}
		this.publisher.publishEvent(new EventStored(event.eventId()));
		return true;
	}

}
