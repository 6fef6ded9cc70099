package nl.secondopinion.insurance.event;

import java.util.List;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Relays the pending events of every document that has some, at least once: an event is
 * removed from its document only after notification-service confirmed it. A crash between
 * the two sends it again; the receiver ignores the duplicate by its id.
 */
public class EventRelay {

	private static final Logger log = LoggerFactory.getLogger(EventRelay.class);

	static final String FIELD = "pendingEvents";

	private final MongoTemplate mongo;

	private final EventSender sender;

	private final List<String> collections;

	private final String source;

	private final int batchSize;

	public EventRelay(MongoTemplate mongo, EventSender sender, List<String> collections, String source, int batchSize) {
		this.mongo = mongo;
		this.sender = sender;
		this.collections = List.copyOf(collections);
		this.source = source;
		this.batchSize = batchSize;
	}

	/** One pass over all collections; answers how many events were delivered. */
	public int relay() {
		int delivered = 0;
		for (String collection : this.collections) {
			delivered += relay(collection);
		}
		return delivered;
	}

	private int relay(String collection) {
		Query withEvents = new Query(Criteria.where(FIELD + ".eventId").exists(true)).limit(this.batchSize);
		withEvents.fields().include("_id").include(FIELD);
		int delivered = 0;
		for (Holder holder : this.mongo.find(withEvents, Holder.class, collection)) {
			for (PendingEvent event : holder.pendingEvents()) {
				try {
					this.sender.send(event, this.source);
				}
				catch (EventRejectedException ex) {
					log.error("Notification service rejected event {} of type {}; it is dropped", event.eventId(),
							event.type());
				}
				catch (RuntimeException ex) {
					log.warn("Event {} not relayed yet, trying again later: {}", event.eventId(),
							ex.getClass().getSimpleName());
					return delivered;
				}
				this.mongo.updateFirst(new Query(Criteria.where("_id").is(holder.id())),
						new Update().pull(FIELD, new Document("eventId", event.eventId())), collection);
				delivered++;
			}
		}
		return delivered;
	}

	record Holder(String id, List<PendingEvent> pendingEvents) {

	}

}
