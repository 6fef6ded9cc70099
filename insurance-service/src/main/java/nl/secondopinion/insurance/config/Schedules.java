package nl.secondopinion.insurance.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

import nl.secondopinion.insurance.coverage.PendingRechecks;
import nl.secondopinion.insurance.event.EventRelay;

/**
 * The two pollers: re-checks of pending coverage checks, and the event relay. Both are
 * safe to run on several instances at once (optimistic locking; receivers deduplicate).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "secondopinion.insurance.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class Schedules {

	private static final Logger log = LoggerFactory.getLogger(Schedules.class);

	private final PendingRechecks rechecks;

	private final EventRelay relay;

	Schedules(PendingRechecks rechecks, EventRelay relay) {
		this.rechecks = rechecks;
		this.relay = relay;
	}

	@Scheduled(fixedDelayString = "${secondopinion.insurance.scheduling.recheck-every:5s}",
			initialDelayString = "${secondopinion.insurance.scheduling.recheck-every:5s}")
	void recheckPendingCoverage() {
		try {
			this.rechecks.recheckDue(20);
		}
		catch (RuntimeException ex) {
			log.warn("Coverage re-check round failed: {}", ex.getClass().getSimpleName());
		}
	}

	@Scheduled(fixedDelayString = "${secondopinion.insurance.scheduling.relay-every:2s}",
			initialDelayString = "${secondopinion.insurance.scheduling.relay-every:2s}")
	void relayEvents() {
		try {
			this.relay.relay();
		}
		catch (RuntimeException ex) {
			log.warn("Event relay round failed: {}", ex.getClass().getSimpleName());
		}
	}

}
