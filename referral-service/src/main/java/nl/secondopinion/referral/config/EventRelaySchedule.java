package nl.secondopinion.referral.config;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

import nl.secondopinion.referral.request.EventRelay;

/**
 * Runs the event relay on a schedule. Switched off with
 * {@code secondopinion.referral.events.relay-enabled=false} (tests call the relay
 * themselves).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "secondopinion.referral.events.relay-enabled", havingValue = "true",
		matchIfMissing = true)
class EventRelaySchedule {

	private final EventRelay relay;

	EventRelaySchedule(EventRelay relay) {
		this.relay = relay;
	}

	@Scheduled(fixedDelayString = "${secondopinion.referral.events.relay-interval:2s}",
			initialDelayString = "${secondopinion.referral.events.relay-interval:2s}")
	void relay() {
		this.relay.relayPending();
	}

}
