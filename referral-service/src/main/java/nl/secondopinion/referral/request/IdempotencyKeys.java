package nl.secondopinion.referral.request;

import java.time.Instant;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.stereotype.Component;

/**
 * Remembers which request an {@code Idempotency-Key} created, per caller. The key is
 * claimed with an insert on a unique id before the request is written, so two concurrent
 * calls with one key cannot both create a request.
 */
@Component
class IdempotencyKeys {

	private final MongoTemplate mongo;

	IdempotencyKeys(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * Claims the key for a new request id; answers the earlier request's id when the same
	 * body was sent before with this key.
	 * @throws IdempotencyKeyReusedException when the key was used with another body
	 */
	Optional<String> claim(String callerId, String key, String bodyHash, String newRequestId, Instant now) {
		String id = callerId + ":" + key;
		try {
			this.mongo.insert(new Claim(id, bodyHash, newRequestId, now));
			return Optional.empty();
		}
		catch (DuplicateKeyException ex) {
			Claim earlier = this.mongo.findById(id, Claim.class);
			if (earlier == null || !earlier.bodyHash().equals(bodyHash)) {
				throw new IdempotencyKeyReusedException();
			}
			return Optional.of(earlier.requestId());
		}
	}

	@Document("idempotency_keys")
	record Claim(@Id String id, String bodyHash, String requestId, Instant createdAt) {

	}

}
