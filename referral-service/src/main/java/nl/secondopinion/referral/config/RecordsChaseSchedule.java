package nl.secondopinion.referral.config;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

import nl.secondopinion.referral.request.RecordsChaser;

/**
 * Runs the records chase on a schedule. Switched off with
 * {@code secondopinion.referral.journey.records.enabled=false} (tests run it themselves).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "secondopinion.referral.journey.records.enabled", havingValue = "true",
		matchIfMissing = true)
class RecordsChaseSchedule {

	private final RecordsChaser chaser;

	RecordsChaseSchedule(RecordsChaser chaser) {
		this.chaser = chaser;
	}

	@Scheduled(fixedDelayString = "${secondopinion.referral.journey.records.scan-interval:60s}",
			initialDelayString = "${secondopinion.referral.journey.records.scan-interval:60s}")
	void chase() {
		this.chaser.chaseDue();
	}

}
