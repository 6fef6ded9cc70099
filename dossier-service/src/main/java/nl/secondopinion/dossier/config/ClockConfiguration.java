package nl.secondopinion.dossier.config;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ClockConfiguration {

	// A bean, so tests can pin the time (grants, recent letters, log entries).
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
