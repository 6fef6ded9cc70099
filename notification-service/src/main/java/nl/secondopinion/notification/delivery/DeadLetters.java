package nl.secondopinion.notification.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

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
		return this.mongo.find(new Query(Criteria.where("status").is(DeliveryStatus.DEAD.name()))
			.with(Sort.by(Sort.Order.desc("deadAt"), Sort.Order.asc("_id")))
			.skip((long) page * size)
			.limit(size), Delivery.class);
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
		Instant now = this.clock.instant();
		long changed = this.mongo
			.updateFirst(new Query(Criteria.where("_id").is(id).and("status").is(DeliveryStatus.DEAD.name())),
					new Update().set("status", DeliveryStatus.PENDING.name())
						.set("attempts", 0)
						.set("nextAttemptAt", now)
						.set("leaseUntil", Instant.EPOCH)
						.unset("deadReason")
						.unset("deadAt")
						.inc("replays", 1),
					Delivery.class)
			.getModifiedCount();
		if (changed == 1) {
			this.workers.wakeUp();
			return Replay.REPLAYED;
		}
		return find(id).isPresent() ? Replay.NOT_DEAD : Replay.UNKNOWN;
	}

	/** Events given up because their recipients could not be looked up, newest first. */
	public List<NotificationEvent> deadEvents(int page, int size) {
		return this.mongo.find(new Query(Criteria.where("status").is(EventStatus.DEAD.name()))
			.with(Sort.by(Sort.Order.desc("deadAt"), Sort.Order.asc("_id")))
			.skip((long) page * size)
			.limit(size), NotificationEvent.class);
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
		Instant now = this.clock.instant();
		long changed = this.mongo
			.updateFirst(new Query(Criteria.where("_id").is(eventId).and("status").is(EventStatus.DEAD.name())),
					new Update().set("status", EventStatus.RECEIVED.name())
						.set("attempts", 0)
						.set("nextAttemptAt", now)
						.set("leaseUntil", Instant.EPOCH)
						.unset("deadReason")
						.unset("deadAt")
						.inc("replays", 1),
					NotificationEvent.class)
			.getModifiedCount();
		if (changed == 1) {
			this.workers.wakeUp();
			return Replay.REPLAYED;
		}
		return findEvent(eventId).isPresent() ? Replay.NOT_DEAD : Replay.UNKNOWN;
	}

}
