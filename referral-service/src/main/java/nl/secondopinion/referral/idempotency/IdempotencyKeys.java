package nl.secondopinion.referral.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * Remembers what an {@code Idempotency-Key} created, per endpoint and per caller, for 24
 * hours. The key is claimed with an insert on a unique id before anything is written, so
 * two concurrent calls with one key cannot both create; the id of what was created is
 * stored once it exists, and a replay re-reads it. A claim whose creation failed is
 * released, so the key can be used again. Expired claims are replaced on lookup; the TTL
 * index only keeps the collection small and is not relied on.
 */
@Component
public class IdempotencyKeys {

	/** How long a key is remembered. */
	public static final Duration LIFETIME = Duration.ofHours(24);

	/** The request header that carries the key. */
	public static final String HEADER = "Idempotency-Key";

	/** The answer header that tells whether the answer is a replay. */
	public static final String REPLAYED_HEADER = "Idempotent-Replayed";

	private static final Logger log = LoggerFactory.getLogger(IdempotencyKeys.class);

	private static final int ATTEMPTS = 3;

	private final MongoTemplate mongo;

	private final Clock clock;

	IdempotencyKeys(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	/** What a call answers, and whether it was a replay of an earlier call. */
	public record Outcome<T>(T value, boolean replay) {

	}

	/**
	 * Creates once per key: without a key simply creates; with a key claims it first and
	 * on a replay with the same body re-reads what the first call created.
	 * @param endpoint the endpoint, e.g. {@code POST /api/consultants}, with path
	 * variables filled in
	 * @param callerId who calls; keys of different callers never collide
	 * @param key the Idempotency-Key as sent; {@code null} or blank when none was sent
	 * @param bodyHash identifies the body, see {@link #hash(Object)}
	 * @param create creates the thing
	 * @param idOf the id to remember of what {@code create} answered
	 * @param reread reads again what the first call created, by that id
	 * @throws IdempotencyKeyReusedException when the key was used with another body
	 * @throws IdempotencyKeyInProgressException when the first call is still running
	 */
	public <T> Outcome<T> once(String endpoint, String callerId, @Nullable String key, String bodyHash,
			Supplier<T> create, Function<T, String> idOf, Function<String, T> reread) {
		if (key == null || key.isBlank()) {
			return new Outcome<>(create.get(), false);
		}
		String id = endpoint + " " + callerId + " " + key.strip();
		Optional<String> earlier = claim(id, bodyHash);
		if (earlier.isPresent()) {
			return new Outcome<>(reread.apply(earlier.get()), true);
		}
		T created;
		try {
			created = create.get();
		}
		catch (RuntimeException ex) {
			release(id);
			throw ex;
		}
		this.mongo.updateFirst(query(where("_id").is(id)), Update.update("resultId", idOf.apply(created)), Claim.class);
		return new Outcome<>(created, false);
	}

	private Optional<String> claim(String id, String bodyHash) {
		// MongoDB keeps milliseconds.
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
		for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
			try {
				this.mongo.insert(new Claim(id, bodyHash, null, now, now.plus(LIFETIME)));
				return Optional.empty();
			}
			catch (DuplicateKeyException ex) {
				Claim earlier = this.mongo.findById(id, Claim.class);
				if (earlier == null) {
					continue; // released meanwhile: claim again
				}
				if (!earlier.expiresAt().isAfter(now)) {
					// Expired: treated as new. Only removed if still expired, so a
					// concurrent fresh claim survives.
					this.mongo.remove(query(where("_id").is(id).and("expiresAt").lte(now)), Claim.class);
					continue;
				}
				if (!earlier.bodyHash().equals(bodyHash)) {
					throw new IdempotencyKeyReusedException();
				}
				if (earlier.resultId() == null) {
					throw new IdempotencyKeyInProgressException();
				}
				return Optional.of(earlier.resultId());
			}
		}
		throw new IdempotencyKeyInProgressException();
	}

	private void release(String id) {
		try {
			this.mongo.remove(query(where("_id").is(id).and("resultId").is(null)), Claim.class);
		}
		catch (RuntimeException ex) {
			log.warn("Could not release Idempotency-Key claim after a failed call: {}", ex.getMessage());
		}
	}

	/** Identifies a body: equal bodies (records with equal values), equal hash. */
	public static String hash(Object body) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(String.valueOf(body).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A TTL index for real MongoDB, so expired claims are removed; created once the
	 * service is up, and only logged when it fails.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void createIndexes() {
		try {
			this.mongo.indexOps(Claim.class)
				.createIndex(new Index().on("expiresAt", Sort.Direction.ASC).expire(Duration.ZERO));
		}
		catch (RuntimeException ex) {
			log.warn("Could not create the TTL index of the idempotency keys: {}", ex.getMessage());
		}
	}

	@Document("idempotency_keys")
	record Claim(@Id String id, String bodyHash, @Nullable String resultId, Instant createdAt, Instant expiresAt) {

	}

}
