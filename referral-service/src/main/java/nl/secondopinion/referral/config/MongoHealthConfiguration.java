package nl.secondopinion.referral.config;

import org.bson.Document;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Replaces Boot's MongoDB health check, which sends {@code hello}: the local stack's
 * MongoDB stand-in does not know that command, so readiness stayed DOWN. {@code ping}
 * works on both the stand-in and a real MongoDB.
 */
@Configuration(proxyBeanMethods = false)
class MongoHealthConfiguration {

	// The name makes Boot's own indicator back off.
	@Bean
	HealthIndicator mongoHealthIndicator(MongoTemplate mongo) {
		return new AbstractHealthIndicator("MongoDB health check failed") {

			@Override
			protected void doHealthCheck(Health.Builder builder) {
				mongo.executeCommand(new Document("ping", 1));
				builder.up();
			}

		};
	}

}
