package nl.secondopinion.insurance.config;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.secondopinion.insurance.estimate.CoverageRules;

@Configuration(proxyBeanMethods = false)
class EstimateConfig {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	CoverageRules coverageRules(Clock clock) {
		return new CoverageRules(clock);
	}

}
