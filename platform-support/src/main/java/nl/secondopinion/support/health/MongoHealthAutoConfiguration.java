package nl.secondopinion.support.health;

import com.mongodb.client.MongoClient;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * Registers {@link MongoPingHealthIndicator} under the name Boot's own MongoDB indicator
 * would take ({@code mongo}), so that Boot's backs off and the readiness group keeps
 * naming {@code mongo}.
 */
@AutoConfiguration(afterName = "org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration",
		beforeName = "org.springframework.boot.mongodb.autoconfigure.health.MongoHealthContributorAutoConfiguration")
@ConditionalOnClass({ MongoClient.class, HealthIndicator.class })
public class MongoHealthAutoConfiguration {

	@Bean
	@ConditionalOnBean(MongoClient.class)
	@ConditionalOnMissingBean(name = { "mongoHealthIndicator", "mongoHealthContributor" })
	HealthIndicator mongoHealthIndicator(MongoClient mongo) {
		return new MongoPingHealthIndicator(mongo);
	}

}
