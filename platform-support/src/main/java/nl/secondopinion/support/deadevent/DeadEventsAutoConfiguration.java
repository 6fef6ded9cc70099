package nl.secondopinion.support.deadevent;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The dead-event store for every service with a {@link MongoTemplate}, and its admin
 * endpoint for those that name their API prefix in {@value #PREFIX} (e.g.
 * {@code requests} → {@code /api/requests/admin/dead-events}). A service with the
 * endpoint provides a {@link DeadEventSender}.
 */
@AutoConfiguration(afterName = "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration")
@ConditionalOnClass(MongoTemplate.class)
public class DeadEventsAutoConfiguration {

	static final String PREFIX = "secondopinion.dead-events.api-prefix";

	@Bean
	@ConditionalOnBean(MongoTemplate.class)
	@ConditionalOnMissingBean
	DeadEvents deadEvents(MongoTemplate mongo, ObjectProvider<Clock> clock, Environment environment) {
		return new DeadEvents(mongo, clock.getIfAvailable(Clock::systemUTC),
				environment.getProperty("spring.application.name", "application"));
	}

	@Bean
	@ConditionalOnBean(MongoTemplate.class)
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	@ConditionalOnProperty(PREFIX)
	DeadEventController deadEventController(DeadEvents deadEvents, DeadEventSender sender, Environment environment) {
		String prefix = environment.getRequiredProperty(PREFIX);
		// One path segment, so that the gateway's route and the security rule for
		// /api/*/admin/dead-events both apply.
		if (!prefix.matches("[a-z0-9-]+")) {
			throw new IllegalStateException(PREFIX + " must be one path segment of a-z, 0-9 and '-': " + prefix);
		}
		return new DeadEventController(deadEvents, sender);
	}

}
