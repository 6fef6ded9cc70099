package nl.secondopinion.notification.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import nl.secondopinion.notification.event.EventStatus;
import nl.secondopinion.notification.event.NotificationEvent;

/**
 * What platform admins see of failed deliveries and of events whose recipients could not
 * be looked up, and their replay.
 */
@Service
public class DeadLetters {

	private final MongoTemplate mongo;

	private final DeliveryWorkers workers;

	private final Clock clock;

	DeadLetters(MongoTemplate mongo, DeliveryWorkers workers, Clock clock) {
		this.mongo = mongo;
		this.workers = workers;
		this.clock = clock;
	}

	public List<Delivery> list(int page, int size) {
		return deadPage(DeliveryStatus.DEAD.name(), page, size, Delivery.class);
	}

	public Optional<Delivery> find(String id) {
		return Optional.ofNullable(this.mongo.findById(id, Delivery.class));
	}

	public List<Delivery> ofEvent(String eventId) {
		return this.mongo.find(new Query(Criteria.where("eventId").is(eventId)).with(Sort.by("_id")), Delivery.class);
	}

	public enum Replay {

		REPLAYED, NOT_DEAD, UNKNOWN

	}

	/** Sends a dead letter again from scratch: a fresh set of attempts, due now. */
	public Replay replay(String id) {
		return revive(id, DeliveryStatus.DEAD.name(), DeliveryStatus.PENDING.name(), Delivery.class);
	}

	/** Events given up because their recipients could not be looked up, newest first. */
	public List<NotificationEvent> deadEvents(int page, int size) {
		return deadPage(EventStatus.DEAD.name(), page, size, NotificationEvent.class);
	}

	public Optional<NotificationEvent> findEvent(String eventId) {
		return Optional.ofNullable(this.mongo.findById(eventId, NotificationEvent.class));
	}

	/**
	 * Dispatches a dead event again from scratch: a fresh set of attempts, due now. Safe
	 * to combine with what was written before: inbox entries and deliveries have derived
	 * ids, so nobody hears twice.
	 */
	public Replay replayEvent(String eventId) {
		return revive(eventId, EventStatus.DEAD.name(), EventStatus.RECEIVED.name(), NotificationEvent.class);
	}

	/** Dead letters and dead events share their fields: status, deadAt and the rest. */
	private <T> List<T> deadPage(String dead, int page, int size, Class<T> type) {
		return this.mongo.find(new Query(Criteria.where("status").is(dead))
			.with(PageRequest.of(page, size, Sort.by(Sort.Order.desc("deadAt"), Sort.Order.asc("_id")))), type);
	}

	private Replay revive(String id, String dead, String due, Class<?> type) {
		long changed = this.mongo.updateFirst(new Query(Criteria.where("_id").is(id).and("status").is(dead)),
				new Update().set("status", due)
					.set("attempts", 0)
					.set("nextAttemptAt", this.clock.instant())
					.set("leaseUntil", Instant.EPOCH)
					.unset("deadReason")
					.unset("deadAt")
					.inc("replays", 1),
				type)
			.getModifiedCount();
		if (changed == 1) {
			this.workers.wakeUp();
			return Replay.REPLAYED;
		}
		return this.mongo.exists(new Query(Criteria.where("_id").is(id)), type) ? Replay.NOT_DEAD : Replay.UNKNOWN;
	}

}
