package nl.secondopinion.insurance.event;

import java.util.List;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import nl.secondopinion.support.deadevent.DeadEvents;
import nl.secondopinion.support.deadevent.EventRefusedException;

/**
 * Relays the pending events of every document that has some, at least once: an event is
 * removed from its document only after notification-service confirmed it. A crash between
 * the two sends it again; the receiver ignores the duplicate by its id. An event
 * notification-service refuses is parked as a dead event (with the reason, for a platform
 * admin to replay) and then removed too, so the document's later events still go out.
 */
public class EventRelay {

	private static final Logger log = LoggerFactory.getLogger(EventRelay.class);

	static final String FIELD = "pendingEvents";

	private final MongoTemplate mongo;

	private final EventSender sender;

	private final DeadEvents deadEvents;

	private final List<String> collections;

	private final String source;

	private final int batchSize;

	public EventRelay(MongoTemplate mongo, EventSender sender, DeadEvents deadEvents, List<String> collections,
			String source, int batchSize) {
		this.mongo = mongo;
		this.sender = sender;
		this.deadEvents = deadEvents;
		this.collections = List.copyOf(collections);
		this.source = source;
		this.batchSize = batchSize;
	}

	/**
	 * One pass over all collections; answers how many events left their documents
	 * (delivered, or parked as dead events).
	 */
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
				catch (EventRefusedException refused) {
					// Parked first: if that fails, the event stays pending.
					this.deadEvents.park(event.eventId(), event.type(), event.requestId(), refused);
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
