package nl.secondopinion.referral.request;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.data.mongodb.core.index.IndexResolver;
import org.springframework.stereotype.Component;

/**
 * Creates the indexes declared on {@link SecondOpinionRequest} once the service is up,
 * instead of Spring Data's automatic creation, which runs while the context starts and
 * makes the service fail to start when MongoDB is not reachable yet. The indexes only
 * speed up reads, so a failure here is logged and the service keeps running (readiness
 * reports MongoDB down meanwhile); the next start creates them.
 */
@Component
class RequestIndexes {

	private static final Logger log = LoggerFactory.getLogger(RequestIndexes.class);

	private final MongoTemplate mongo;

	RequestIndexes(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@EventListener(ApplicationReadyEvent.class)
	void create() {
		try {
			IndexOperations indexes = this.mongo.indexOps(SecondOpinionRequest.class);
			IndexResolver.create(this.mongo.getConverter().getMappingContext())
				.resolveIndexFor(SecondOpinionRequest.class)
				.forEach(indexes::createIndex);
		}
		catch (DataAccessException ex) {
			log.warn("Could not create the indexes of the requests collection: {}", ex.getMessage());
		}
	}

}
