package nl.secondopinion.dossier.upload;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.IndexResolver;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import nl.secondopinion.dossier.storage.ContentStore;
import nl.secondopinion.dossier.upload.ResumableUpload.Piece;
import nl.secondopinion.dossier.upload.ResumableUpload.Status;
import nl.secondopinion.dossier.upload.ResumableUpload.Writer;

/**
 * Every write to the {@code uploads} collection: each one a single-document update whose
 * filter states what must still hold (the offset a request continues from, the token of
 * the request that holds the upload, the version the cleanup saw), since the stores we
 * run on have no transactions. A write whose condition no longer holds changes nothing
 * and says so.
 */
@Component
class Uploads {

	private static final Logger log = LoggerFactory.getLogger(Uploads.class);

	private final MongoTemplate mongo;

	private final ContentStore store;

	Uploads(MongoTemplate mongo, ContentStore store) {
		this.mongo = mongo;
		this.store = store;
	}

	@EventListener(ApplicationReadyEvent.class)
	void createIndexes() {
		try {
			var indexes = this.mongo.indexOps(ResumableUpload.class);
			IndexResolver.create(this.mongo.getConverter().getMappingContext())
				.resolveIndexFor(ResumableUpload.class)
				.forEach(indexes::createIndex);
		}
		catch (DataAccessException ex) {
			log.error("Could not create the indexes of the uploads: {}", ex.getMessage());
		}
	}

	ResumableUpload insert(ResumableUpload upload) {
		return this.mongo.insert(upload);
	}

	Optional<ResumableUpload> find(String id) {
		return Optional.ofNullable(this.mongo.findById(id, ResumableUpload.class));
	}

	List<ResumableUpload> ofDossier(String requestId) {
		return this.mongo.find(Query.query(Criteria.where("requestId").is(requestId)), ResumableUpload.class);
	}

	/**
	 * Takes the upload for one appending request, if it still ends at
	 * {@code clientOffset} and no other request holds it.
	 * @return the upload as it was before, or null when it was not taken
	 */
	@Nullable ResumableUpload claim(String id, long clientOffset, Writer writer, Instant now) {
		Query query = Query.query(Criteria.where("_id")
			.is(id)
			.and("status")
			.is(Status.RECEIVING)
			.and("offset")
			.is(clientOffset)
			.orOperator(Criteria.where("writer").is(null), Criteria.where("writer.until").lte(now)));
		return this.mongo.findAndModify(query, touched(now).set("writer", writer),
				FindAndModifyOptions.options().returnNew(false), ResumableUpload.class);
	}

	/** Keeps the upload for the request holding it a while longer. */
	boolean renew(String id, String token, Instant until, Instant now) {
		return this.mongo.updateFirst(held(id, token), touched(now).set("writer.until", until), ResumableUpload.class)
			.getMatchedCount() == 1;
	}

	/** Records a stored piece and lets go of the upload, in one write. */
	boolean append(String id, String token, Piece piece, Instant now) {
		Query query = held(id, token).addCriteria(Criteria.where("offset").is(piece.offset()));
		Update update = touched(now).push("pieces", piece).set("offset", piece.end()).unset("writer");
		return this.mongo.updateFirst(query, update, ResumableUpload.class).getMatchedCount() == 1;
	}

	/** Lets go of the upload without a new piece. */
	void release(String id, String token, Instant now) {
		this.mongo.updateFirst(held(id, token), touched(now).unset("writer"), ResumableUpload.class);
	}

	/**
	 * Records the last piece and the document the upload became, in one write; the pieces
	 * stay listed until {@link #forgetPieces} so that none is lost if the content store
	 * fails in between.
	 */
	boolean complete(String id, String token, Piece last, String documentId, Instant now) {
		Query query = held(id, token).addCriteria(Criteria.where("offset").is(last.offset()));
		Update update = touched(now).push("pieces", last)
			.set("offset", last.end())
			.set("status", Status.COMPLETED)
			.set("documentId", documentId)
			.unset("writer");
		return this.mongo.updateFirst(query, update, ResumableUpload.class).getMatchedCount() == 1;
	}

	void forgetPieces(String id) {
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(id).and("status").is(Status.COMPLETED)),
				new Update().set("pieces", List.of()).inc("version", 1), ResumableUpload.class);
	}

	/**
	 * Removes an upload and its pieces. Marked first, so that no request takes it
	 * meanwhile and a removal cut short is finished by the cleanup; the state goes last.
	 * @param seen the upload as the caller decided on it (its last activity and version
	 * must still be the same), or null to remove it whatever happened meanwhile
	 * @return false when the upload changed meanwhile (or was removed already)
	 */
	boolean remove(String id, @Nullable ResumableUpload seen, Instant now) {
		Criteria criteria = Criteria.where("_id").is(id);
		if (seen != null) {
			criteria.and("version").is(seen.version()).and("lastActivityAt").is(seen.lastActivityAt());
		}
		ResumableUpload marked = this.mongo.findAndModify(Query.query(criteria),
				touched(now).set("status", Status.REMOVING), FindAndModifyOptions.options().returnNew(true),
				ResumableUpload.class);
		if (marked == null) {
			return false;
		}
		marked.contentIds().forEach(this.store::discard);
		this.mongo.remove(Query.query(Criteria.where("_id").is(id).and("status").is(Status.REMOVING)),
				ResumableUpload.class);
		return true;
	}

	/**
	 * Uploads nobody has touched since {@code cutoff} and no request holds, and removals
	 * cut short before {@code removalCutoff}; read one at a time.
	 */
	Stream<ResumableUpload> abandoned(Instant cutoff, Instant removalCutoff, Instant now) {
		Criteria idle = new Criteria().andOperator(Criteria.where("lastActivityAt").lt(cutoff),
				Criteria.where("status").ne(Status.REMOVING),
				new Criteria().orOperator(Criteria.where("writer").is(null), Criteria.where("writer.until").lte(now)));
		Criteria removalCutShort = Criteria.where("status").is(Status.REMOVING).and("lastActivityAt").lt(removalCutoff);
		return this.mongo.stream(Query.query(new Criteria().orOperator(idle, removalCutShort)), ResumableUpload.class);
	}

	private static Query held(String id, String token) {
		return Query
			.query(Criteria.where("_id").is(id).and("status").is(Status.RECEIVING).and("writer.token").is(token));
	}

	private static Update touched(Instant now) {
		return new Update().set("lastActivityAt", now).inc("version", 1);
	}

}
