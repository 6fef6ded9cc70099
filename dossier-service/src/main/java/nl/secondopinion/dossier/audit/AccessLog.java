package nl.secondopinion.dossier.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.IndexResolver;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The append-only access log, hash-chained per dossier. An entry takes the next sequence
 * number; the unique index on (requestId, seq) makes two concurrent writers collide, and
 * the loser retries on top of the winner's entry, so the chain never forks.
 */
@Component
public class AccessLog {

	private static final Logger log = LoggerFactory.getLogger(AccessLog.class);

	private static final int ATTEMPTS = 10;

	private final MongoTemplate mongo;

	private final Clock clock;

	AccessLog(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	void createIndexes() {
		try {
			var indexes = this.mongo.indexOps(AccessLogEntry.class);
			IndexResolver.create(this.mongo.getConverter().getMappingContext())
				.resolveIndexFor(AccessLogEntry.class)
				.forEach(indexes::createIndex);
		}
		catch (DataAccessException ex) {
			log.error("Could not create the access log's unique chain index: {}", ex.getMessage());
		}
	}

	/**
	 * Appends an entry; throws {@link AuditUnavailableException} when it cannot be
	 * written, so the caller refuses what it was about to do.
	 */
	public AccessLogEntry record(AuditEvent event) {
		try {
			for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
				AccessLogEntry last = last(event.requestId());
				long seq = (last != null) ? last.seq() + 1 : 1;
				String previous = (last != null) ? last.hash() : AccessLogEntry.GENESIS;
				String eventId = UUID.randomUUID().toString();
				// Millisecond precision: what MongoDB stores, so the hash still
				// matches when read back.
				Instant at = this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
				AccessLogEntry entry = new AccessLogEntry(eventId, event.requestId(), seq, event.action(),
						event.outcome(), at, event.userId(), event.username(), event.userRole(), event.organisation(),
						event.onBehalfOf(), event.patientId(), event.documentId(), event.purpose(),
						event.sourceAddress(), event.correlationId(), previous, AccessLogEntry.hashOf(eventId,
								event.requestId(), seq, event.action(), event.outcome(), at, event, previous));
				try {
					return this.mongo.insert(entry);
				}
				catch (DuplicateKeyException ex) {
					// Someone else took this sequence number: chain on top of theirs.
				}
			}
			throw new AuditUnavailableException(new IllegalStateException("too much contention on the chain"));
		}
		catch (DataAccessException ex) {
			log.error("Access log entry for {} could not be written: {}", event.action(), ex.getMessage());
			throw new AuditUnavailableException(ex);
		}
	}

	public List<AccessLogEntry> entries(String requestId) {
		return this.mongo.find(Query.query(Criteria.where("requestId").is(requestId)).with(Sort.by("seq")),
				AccessLogEntry.class);
	}

	public ChainVerification verify(String requestId) {
		List<AccessLogEntry> entries = entries(requestId);
		String previous = AccessLogEntry.GENESIS;
		long expected = 1;
		for (AccessLogEntry entry : entries) {
			if (entry.seq() != expected || !entry.previousHash().equals(previous) || !entry.hashMatches()) {
				return new ChainVerification(requestId, false, entries.size(), expected);
			}
			previous = entry.hash();
			expected++;
		}
		return new ChainVerification(requestId, true, entries.size(), null);
	}

	private AccessLogEntry last(String requestId) {
		return this.mongo.findOne(Query.query(Criteria.where("requestId").is(requestId))
			.with(Sort.by(Sort.Direction.DESC, "seq"))
			.limit(1), AccessLogEntry.class);
	}

}
