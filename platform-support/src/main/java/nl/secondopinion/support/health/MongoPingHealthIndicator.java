package nl.secondopinion.support.health;

import com.mongodb.client.MongoClient;
import org.bson.Document;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * Checks MongoDB with {@code ping} instead of Boot's {@code hello}: the local stack's
 * MongoDB stand-in does not know {@code hello}, so readiness would stay DOWN there.
 * {@code ping} answers on the stand-in and on every real MongoDB.
 */
public class MongoPingHealthIndicator extends AbstractHealthIndicator {

	private final MongoClient mongo;

	public MongoPingHealthIndicator(MongoClient mongo) {
		super("MongoDB health check failed");
		this.mongo = mongo;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		this.mongo.getDatabase("admin").runCommand(new Document("ping", 1));
		builder.up();
	}

}
