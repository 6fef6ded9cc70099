package nl.secondopinion.notification.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import nl.secondopinion.notification.event.EventStatus;
import nl.secondopinion.notification.event.EventType;
import nl.secondopinion.notification.event.NotificationEvent;
import nl.secondopinion.notification.event.Recipient;
import nl.secondopinion.notification.event.RecipientGroup;
import nl.secondopinion.notification.inbox.Notification;
import nl.secondopinion.notification.preference.Channel;
import nl.secondopinion.notification.preference.PreferenceService;
import nl.secondopinion.support.security.Role;

/**
 * Turns a stored event into one inbox entry per recipient and one delivery per chosen
 * outside channel. Safe to repeat after a crash at any point: every document it writes
 * has an id derived from event, user and channel, and a duplicate insert is simply
 * skipped.
 */
@Component
class Dispatcher {

	private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

	private final MongoTemplate mongo;

	private final Directory directory;

	private final PreferenceService preferences;

	private final DeliveryProperties properties;

	private final Clock clock;

	Dispatcher(MongoTemplate mongo, Directory directory, PreferenceService preferences, DeliveryProperties properties,
			Clock clock) {
		this.mongo = mongo;
		this.directory = directory;
		this.preferences = preferences;
		this.properties = properties;
		this.clock = clock;
	}

	/** Dispatches one due event; false when there was none. */
	boolean dispatchOne() {
		NotificationEvent event = claim();
		if (event == null) {
			return false;
		}
		try {
			Map<String, @Nullable String> recipients = recipients(event);
			for (Map.Entry<String, @Nullable String> recipient : recipients.entrySet()) {
				write(event, recipient.getKey(), recipient.getValue());
			}
			this.mongo.updateFirst(
					new Query(Criteria.where("_id").is(event.id()).and("status").is(EventStatus.RECEIVED.name())),
					new Update().set("status", EventStatus.DISPATCHED.name())
						.set("dispatchedAt", this.clock.instant())
						.set("leaseUntil", Instant.EPOCH),
					NotificationEvent.class);
			log.info("Event {} ({}) dispatched to {} recipient(s)", event.id(), event.type(), recipients.size());
		}
		catch (DirectoryUnavailableException ex) {
			failed(event, ex);
		}
		return true;
	}

	/**
	 * A lookup failed for a reason that may pass: again after the backoff, like a
	 * delivery, and after the last attempt a dead letter for an admin to replay.
	 */
	private void failed(NotificationEvent event, DirectoryUnavailableException ex) {
		int attempts = event.attempts() + 1;
		Instant now = this.clock.instant();
		Query mine = new Query(Criteria.where("_id").is(event.id()).and("status").is(EventStatus.RECEIVED.name()));
		if (attempts >= this.properties.maxAttempts()) {
			log.error("Event {} ({}) not dispatched after {} attempt(s), now a dead letter: {}", event.id(),
					event.type(), attempts, ex.getMessage());
			this.mongo.updateFirst(mine,
					new Update().set("status", EventStatus.DEAD.name())
						.set("attempts", attempts)
						.set("leaseUntil", Instant.EPOCH)
						.set("lastError", ex.getMessage())
						.set("deadReason", "ATTEMPTS_EXHAUSTED")
						.set("deadAt", now),
					NotificationEvent.class);
			return;
		}
		log.warn("Event {} not dispatched (attempt {}): {}", event.id(), attempts, ex.getMessage());
		this.mongo.updateFirst(mine,
				new Update().set("attempts", attempts)
					.set("nextAttemptAt", now.plus(this.properties.backoff(attempts)))
					.set("leaseUntil", Instant.EPOCH)
					.set("lastError", ex.getMessage()),
				NotificationEvent.class);
	}

	private @Nullable NotificationEvent claim() {
		Instant now = this.clock.instant();
		Query due = new Query(Criteria.where("status")
			.is(EventStatus.RECEIVED.name())
			.and("nextAttemptAt")
			.lte(now)
			.and("leaseUntil")
			.lt(now)).with(Sort.by("nextAttemptAt"));
		return this.mongo.findAndModify(due, new Update().set("leaseUntil", now.plus(this.properties.claimLease())),
				FindAndModifyOptions.options().returnNew(true), NotificationEvent.class);
	}

	/** Named people first (with their role), then group members; each user once. */
	private Map<String, @Nullable String> recipients(NotificationEvent event) {
		Map<String, @Nullable String> recipients = new LinkedHashMap<>();
		for (Recipient recipient : event.recipients()) {
			recipients.putIfAbsent(recipient.userId(), recipient.role());
		}
		for (RecipientGroup group : event.recipientGroups()) {
			if (group.kind() == RecipientGroup.Kind.INSURER_MEDIATORS && event.type() != EventType.MEDIATION_PROPOSAL) {
				log.warn("Event {} ({}) named insurer mediators, who hear of mediation only; group ignored", event.id(),
						event.type());
				continue;
			}
			@Nullable String role = switch (group.kind()) {
				case INTAKE_COORDINATORS -> Role.INTAKE_COORDINATOR.realmName();
				case INSURER_MEDIATORS -> Role.INSURER_MEDIATOR.realmName();
				case USERNAME -> null;
				case CLINICIAN -> "clinician";
			};
			List<String> members = this.directory.members(group);
			if (members.isEmpty()) {
				// Never the user name, AGB code or institution: only the kind.
				log.warn("Event {} ({}): recipient group {} resolved to nobody", event.id(), event.type(),
						group.kind());
			}
			for (String member : members) {
				recipients.putIfAbsent(member, role);
			}
		}
		return recipients;
	}

	private void write(NotificationEvent event, String userId, @Nullable String role) {
		Instant now = this.clock.instant();
		String notificationId = Ids.of(event.id(), userId);
		insertIfAbsent(new Notification(notificationId, event.id(), userId, role, event.type(), event.requestId(),
				event.data(), (event.occurredAt() != null) ? event.occurredAt() : event.receivedAt(), null));
		for (Channel channel : this.preferences.of(userId).channelsFor(event.type())) {
			if (channel == Channel.INBOX) {
				continue;
			}
			insertIfAbsent(new Delivery(Ids.of(event.id(), userId, channel.name()), notificationId, event.id(), userId,
					event.type(), event.requestId(), channel, DeliveryStatus.PENDING, 0, now, Instant.EPOCH, null, now,
					null, null, null, null, 0));
		}
	}

	private void insertIfAbsent(Object document) {
		try {
			this.mongo.insert(document);
		}
		catch (DuplicateKeyException ex) {
			// Written before a crash or by another worker: the first write stands.
		}
	}

}
