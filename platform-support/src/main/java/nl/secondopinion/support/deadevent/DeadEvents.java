package nl.secondopinion.support.deadevent;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import nl.secondopinion.support.feign.ReceivedProblem;

/**
 * The refused events of one service (collection {@code dead_events}), one entry per event
 * id. A relay parks a refused event here and then marks it handed over in its outbox, so
 * it neither blocks the events after it nor is lost; a platform admin lists and replays
 * it.
 */
public class DeadEvents {

	public static final String COLLECTION = "dead_events";

	private static final Logger log = LoggerFactory.getLogger(DeadEvents.class);

	private final MongoTemplate mongo;

	private final Clock clock;

	private final String source;

	/**
	 * @param source the service's name ({@code spring.application.name}), as its events
	 * name their source
	 */
	public DeadEvents(MongoTemplate mongo, Clock clock, String source) {
		this.mongo = mongo;
		this.clock = clock;
		this.source = source;
	}

	/**
	 * Parks a refused event with the reason. The same event parked again (a relay that
	 * stopped before its outbox write, a replay refused again) stays one entry with the
	 * latest reason. Throws when the store cannot be written: the caller must then leave
	 * the event pending.
	 */
	public void park(String eventId, String type, @Nullable String requestId, EventRefusedException refused) {
		Instant now = this.clock.instant();
		Update update = new Update().set("type", type)
			.set("requestId", requestId)
			.set("source", this.source)
			.set("reason", reason(refused))
			.set("refusedAt", now)
			.set("event", refused.eventJson())
			.setOnInsert("firstRefusedAt", now)
			.inc("refusals", 1);
		this.mongo.upsert(byId(eventId), update, COLLECTION);
		ReceivedProblem problem = refused.problem();
		log.error("Event {} of type {} refused with status {} ({}): parked as a dead event for an admin", eventId, type,
				refused.status(), (problem != null && problem.type() != null) ? problem.type() : "no problem type");
	}

	/** Newest refusal first. */
	public List<DeadEvent> newestFirst(int page, int size) {
		return this.mongo.find(
				new Query()
					.with(PageRequest.of(page, size, Sort.by(Sort.Order.desc("refusedAt"), Sort.Order.asc("_id")))),
				DeadEvent.class, COLLECTION);
	}

	public Optional<DeadEvent> find(String eventId) {
		return Optional.ofNullable(this.mongo.findById(eventId, DeadEvent.class, COLLECTION));
	}

	/** After a replay the receiver accepted. */
	public void remove(String eventId) {
		this.mongo.remove(byId(eventId), COLLECTION);
	}

	private static Query byId(String eventId) {
		return Query.query(Criteria.where("_id").is(eventId));
	}

	private static Document reason(EventRefusedException refused) {
		Document reason = new Document("status", refused.status());
		ReceivedProblem problem = refused.problem();
		if (problem != null) {
			putIfPresent(reason, "type", problem.type());
			putIfPresent(reason, "title", problem.title());
			putIfPresent(reason, "detail", problem.detail());
		}
		return reason;
	}

	private static void putIfPresent(Document document, String key, @Nullable String value) {
		if (value != null) {
			document.put(key, value);
		}
	}

}
