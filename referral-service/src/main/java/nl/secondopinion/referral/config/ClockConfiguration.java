package nl.secondopinion.referral.config;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	// A bean, so tests can pin the time of timeline entries.
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
