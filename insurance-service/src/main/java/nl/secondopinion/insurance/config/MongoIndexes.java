package nl.secondopinion.insurance.config;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

import nl.secondopinion.insurance.coverage.CoverageCheck;
import nl.secondopinion.insurance.mediation.MediationRequest;

/** The indexes the queries of this service need, created at startup (idempotent). */
@Component
class MongoIndexes {

	private final MongoTemplate mongo;

	MongoIndexes(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@EventListener(ApplicationReadyEvent.class)
	void ensure() {
		this.mongo.indexOps(CoverageCheck.COLLECTION)
			.createIndex(new Index().on("requestId", Sort.Direction.ASC).on("createdAt", Sort.Direction.DESC));
		this.mongo.indexOps(CoverageCheck.COLLECTION)
			.createIndex(new Index().on("decision", Sort.Direction.ASC).on("nextRecheckAt", Sort.Direction.ASC));
		this.mongo.indexOps(MediationRequest.COLLECTION)
			.createIndex(new Index().on("insurerUzovi", Sort.Direction.ASC).on("requestedAt", Sort.Direction.DESC));
		this.mongo.indexOps(MediationRequest.COLLECTION).createIndex(new Index().on("viewers", Sort.Direction.ASC));
		this.mongo.indexOps(MediationRequest.COLLECTION).createIndex(new Index().on("requestId", Sort.Direction.ASC));
	}

}
