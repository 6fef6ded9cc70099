package nl.secondopinion.notification.inbox;

import java.time.Clock;
import java.util.List;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import nl.secondopinion.notification.template.Language;
import nl.secondopinion.notification.template.Message;
import nl.secondopinion.notification.template.Templates;

/** Reads and marks a user's own inbox; entries of others do not exist for them. */
@Service
public class Inbox {

	private final MongoTemplate mongo;

	private final Clock clock;

	private final Links links;

	Inbox(MongoTemplate mongo, Clock clock, Links links) {
		this.mongo = mongo;
		this.clock = clock;
		this.links = links;
	}

	public List<InboxEntry> entries(String userId, Language language, int page, int size) {
		Query query = new Query(Criteria.where("userId").is(userId))
			.with(PageRequest.of(page, size, Sort.by(Sort.Order.desc("createdAt"), Sort.Order.asc("_id"))));
		return this.mongo.find(query, Notification.class).stream().map((n) -> entry(n, language)).toList();
	}

	public long unread(String userId) {
		return this.mongo.count(new Query(Criteria.where("userId").is(userId).and("readAt").is(null)),
				Notification.class);
	}

	/** False when the user has no such entry (whoever else might). */
	public boolean markRead(String userId, String notificationId) {
		Criteria own = Criteria.where("_id").is(notificationId).and("userId").is(userId);
		long marked = this.mongo
			.updateFirst(new Query(own).addCriteria(Criteria.where("readAt").is(null)),
					new Update().set("readAt", this.clock.instant()), Notification.class)
			.getModifiedCount();
		// Not marked now: read before, or not the user's.
		return marked == 1 || this.mongo.exists(new Query(own), Notification.class);
	}

	private InboxEntry entry(Notification notification, Language language) {
		Message message = Templates.inbox(notification.type(), language, notification.data());
		return new InboxEntry(notification.id(), notification.type(), notification.requestId(),
				this.links.toCase(notification.requestId()), message.title(), message.body(), notification.createdAt(),
				notification.readAt() != null);
	}

}
