package nl.secondopinion.notification.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import nl.secondopinion.notification.inbox.Links;
import nl.secondopinion.notification.preference.Channel;
import nl.secondopinion.notification.preference.PreferenceService;
import nl.secondopinion.notification.template.Language;
import nl.secondopinion.notification.template.Message;
import nl.secondopinion.notification.template.Templates;

/**
 * Sends due deliveries, one at a time per worker:
 * <ol>
 * <li>claim (PENDING/RETRY due, or CLAIMED with an expired lease → CLAIMED, new claim
 * token) — nothing has left the service, so an expired claim is simply taken again;</li>
 * <li>CLAIMED → SENDING right before the message leaves (after the connection to the SMTP
 * server stands);</li>
 * <li>SENDING → SENT, RETRY (with exponential backoff) or DEAD.</li>
 * </ol>
 * A delivery found in SENDING after its lease expired belonged to a worker that died
 * while the message was leaving: it may or may not have arrived. It is not sent again
 * automatically (that could reach the user twice) but becomes a dead letter "in doubt"
 * for a platform admin. At most one delivery per worker thread can be in that state.
 */
@Component
class Deliverer {

	private static final Logger log = LoggerFactory.getLogger(Deliverer.class);

	private final MongoTemplate mongo;

	private final Directory directory;

	private final PreferenceService preferences;

	private final Map<Channel, ChannelSender> senders = new EnumMap<>(Channel.class);

	private final DeliveryProperties properties;

	private final Links links;

	private final Clock clock;

	Deliverer(MongoTemplate mongo, Directory directory, PreferenceService preferences, List<ChannelSender> senders,
			DeliveryProperties properties, Links links, Clock clock) {
		this.mongo = mongo;
		this.directory = directory;
		this.preferences = preferences;
		senders.forEach((sender) -> this.senders.put(sender.channel(), sender));
		this.properties = properties;
		this.links = links;
		this.clock = clock;
	}

	/** Works off one due delivery; false when there was none. */
	boolean deliverOne() {
		Delivery delivery = claim();
		if (delivery == null) {
			return false;
		}
		deliver(delivery);
		return true;
	}

	/** Moves deliveries whose sender died mid-send to the dead letters. */
	long recoverInDoubt() {
		Instant now = this.clock.instant();
		long moved = this.mongo
			.updateMulti(
					new Query(Criteria.where("status").is(DeliveryStatus.SENDING.name()).and("leaseUntil").lt(now)),
					new Update().set("status", DeliveryStatus.DEAD.name())
						.set("deadReason", "IN_DOUBT")
						.set("deadAt", now)
						.set("lastError", "The sender stopped while the message was leaving; it may have arrived"),
					Delivery.class)
			.getModifiedCount();
		if (moved > 0) {
			log.warn("{} delivery(ies) in doubt after an interrupted send moved to the dead letters", moved);
		}
		return moved;
	}

	private @Nullable Delivery claim() {
		Instant now = this.clock.instant();
		Criteria due = new Criteria().orOperator(Criteria.where("status")
			.in(DeliveryStatus.PENDING.name(), DeliveryStatus.RETRY.name())
			.and("nextAttemptAt")
			.lte(now), Criteria.where("status").is(DeliveryStatus.CLAIMED.name()).and("leaseUntil").lt(now));
		Update claim = new Update().set("status", DeliveryStatus.CLAIMED.name())
			.set("leaseUntil", now.plus(this.properties.claimLease()))
			.set("claim", UUID.randomUUID().toString());
		return this.mongo.findAndModify(new Query(due).with(Sort.by("nextAttemptAt")), claim,
				FindAndModifyOptions.options().returnNew(true), Delivery.class);
	}

	private void deliver(Delivery delivery) {
		Contact contact;
		try {
			Optional<Contact> found = this.directory.contact(delivery.userId());
			if (found.isEmpty()) {
				finish(delivery, DeliveryStatus.SKIPPED, "USER_UNKNOWN");
				return;
			}
			contact = found.get();
		}
		catch (DirectoryUnavailableException ex) {
			failed(delivery, DeliveryStatus.CLAIMED, false, ex.getMessage());
			return;
		}
		String address = (delivery.channel() == Channel.EMAIL) ? contact.email() : contact.phone();
		ChannelSender sender = this.senders.get(delivery.channel());
		if (address == null || address.isBlank() || sender == null) {
			finish(delivery, DeliveryStatus.SKIPPED, "NO_ADDRESS");
			return;
		}
		Message message = render(delivery, contact);
		AtomicBoolean leaving = new AtomicBoolean();
		try {
			sender.send(address, message, delivery.id(), () -> {
				if (!startSending(delivery)) {
					throw new ClaimLostException();
				}
				leaving.set(true);
			});
		}
		catch (ClaimLostException ex) {
			log.info("Delivery {} was taken over by another worker before sending", delivery.id());
			return;
		}
		catch (DeliveryFailedException ex) {
			if (ex.outcome() == DeliveryFailedException.Outcome.IN_DOUBT && leaving.get()) {
				inDoubt(delivery, ex.getMessage());
				return;
			}
			failed(delivery, leaving.get() ? DeliveryStatus.SENDING : DeliveryStatus.CLAIMED,
					ex.outcome() == DeliveryFailedException.Outcome.REJECTED, ex.getMessage());
			return;
		}
		catch (RuntimeException ex) {
			failed(delivery, leaving.get() ? DeliveryStatus.SENDING : DeliveryStatus.CLAIMED, false,
					ex.getClass().getSimpleName());
			return;
		}
		update(delivery, DeliveryStatus.SENDING,
				new Update().set("status", DeliveryStatus.SENT.name())
					.set("sentAt", this.clock.instant())
					.set("attempts", delivery.attempts() + 1));
	}

	private Message render(Delivery delivery, Contact contact) {
		Language language = this.preferences.language(delivery.userId(), contact.locale());
		String link = this.links.toCase(delivery.requestId());
		return (delivery.channel() == Channel.SMS) ? new Message("", Templates.sms(language, link))
				: Templates.email(language, link);
	}

	private boolean startSending(Delivery delivery) {
		return update(delivery, DeliveryStatus.CLAIMED, new Update().set("status", DeliveryStatus.SENDING.name())
			.set("leaseUntil", this.clock.instant().plus(this.properties.sendLease())));
	}

	private void failed(Delivery delivery, DeliveryStatus from, boolean permanent, @Nullable String reason) {
		int attempts = delivery.attempts() + 1;
		String error = (reason != null) ? reason : "unknown";
		if (permanent || attempts >= this.properties.maxAttempts()) {
			String why = permanent ? "REJECTED" : "ATTEMPTS_EXHAUSTED";
			log.warn("Delivery {} ({}) is a dead letter after {} attempt(s): {}", delivery.id(), delivery.channel(),
					attempts, why);
			dead(delivery, from, why, error);
			return;
		}
		Instant next = this.clock.instant().plus(this.properties.backoff(attempts));
		log.info("Delivery {} ({}) attempt {} failed ({}); next attempt at {}", delivery.id(), delivery.channel(),
				attempts, error, next);
		update(delivery, from,
				new Update().set("status", DeliveryStatus.RETRY.name())
					.set("attempts", attempts)
					.set("nextAttemptAt", next)
					.set("leaseUntil", Instant.EPOCH)
					.set("lastError", error));
	}

	/**
	 * Handed over without an answer: not sent again automatically (see the class
	 * comment).
	 */
	private void inDoubt(Delivery delivery, @Nullable String reason) {
		log.warn("Delivery {} ({}) is in doubt after its hand-over: {}", delivery.id(), delivery.channel(), reason);
		dead(delivery, DeliveryStatus.SENDING, "IN_DOUBT", (reason != null) ? reason : "unknown");
	}

	/**
	 * Ends this attempt as a dead letter: a platform admin decides whether to replay it.
	 */
	private void dead(Delivery delivery, DeliveryStatus from, String why, String error) {
		update(delivery, from,
				new Update().set("status", DeliveryStatus.DEAD.name())
					.set("attempts", delivery.attempts() + 1)
					.set("deadReason", why)
					.set("deadAt", this.clock.instant())
					.set("lastError", error));
	}

	private void finish(Delivery delivery, DeliveryStatus status, String reason) {
		update(delivery, DeliveryStatus.CLAIMED,
				new Update().set("status", status.name()).set("lastError", reason).set("leaseUntil", Instant.EPOCH));
	}

	/** The claim expired and another worker took the delivery: this one must not send. */
	private static final class ClaimLostException extends RuntimeException {

		ClaimLostException() {
			super("claim lost", null, false, false);
		}

	}

	/** Changes the delivery only while this worker's claim on it stands. */
	private boolean update(Delivery delivery, DeliveryStatus from, Update update) {
		Query mine = new Query(Criteria.where("_id")
			.is(delivery.id())
			.and("status")
			.is(from.name())
			.and("claim")
			.is(delivery.claim()));
		return this.mongo.updateFirst(mine, update, Delivery.class).getModifiedCount() == 1;
	}

}
