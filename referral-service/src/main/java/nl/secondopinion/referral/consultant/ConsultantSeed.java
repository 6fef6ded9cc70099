package nl.secondopinion.referral.consultant;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * Loads the consultants of {@code secondopinion.referral.consultants.seed} into the
 * directory once the service is up. An existing entry is left alone, so what a platform
 * admin changed survives a restart.
 */
@Component
class ConsultantSeed {

	private static final Logger log = LoggerFactory.getLogger(ConsultantSeed.class);

	private final ConsultantDirectory directory;

	private final Properties properties;

	ConsultantSeed(ConsultantDirectory directory, Properties properties) {
		this.directory = directory;
		this.properties = properties;
	}

	@EventListener(ApplicationReadyEvent.class)
	void load() {
		try {
			List<Consultant> seed = (this.properties.seed() != null) ? this.properties.seed() : List.of();
			long added = seed.stream().filter(this.directory::addIfAbsent).count();
			log.info("Consultant directory: {} of {} seed entries added", added, seed.size());
		}
		catch (DataAccessException ex) {
			log.warn("Could not load the consultant seed data: {}", ex.getMessage());
		}
	}

	@ConfigurationProperties("secondopinion.referral.consultants")
	record Properties(@Nullable List<Consultant> seed) {

	}

}
