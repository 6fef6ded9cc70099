package nl.secondopinion.notification.config;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/** The indexes the work queues and the inbox query by. Idempotent. */
@Component
class MongoIndexes {

	private final MongoTemplate mongo;

	MongoIndexes(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@EventListener(ApplicationReadyEvent.class)
	void ensure() {
		this.mongo.indexOps("events")
			.createIndex(new Index().on("status", Sort.Direction.ASC).on("nextAttemptAt", Sort.Direction.ASC));
		this.mongo.indexOps("deliveries")
			.createIndex(new Index().on("status", Sort.Direction.ASC).on("nextAttemptAt", Sort.Direction.ASC));
		this.mongo.indexOps("deliveries").createIndex(new Index().on("eventId", Sort.Direction.ASC));
		this.mongo.indexOps("notifications")
			.createIndex(new Index().on("userId", Sort.Direction.ASC).on("createdAt", Sort.Direction.DESC));
	}

}
