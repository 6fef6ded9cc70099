package nl.secondopinion.insurance.config;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.secondopinion.insurance.context.RequestContexts;
import nl.secondopinion.insurance.coverage.CoverageDecider;
import nl.secondopinion.insurance.estimate.CoverageRules;
import nl.secondopinion.insurance.estimate.RequestEstimates;
import nl.secondopinion.insurance.insurer.InsurerCatalog;

@Configuration(proxyBeanMethods = false)
class EstimateConfig {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	@SuppressWarnings("deprecation") // the deprecated POST's rules, until
										// referral-service has moved
	CoverageRules coverageRules(Clock clock) {
		return new CoverageRules(clock);
	}

	@Bean
	RequestEstimates requestEstimates(RequestContexts contexts, InsurerCatalog insurers, CoverageDecider decider,
			Clock clock) {
		return new RequestEstimates(contexts, insurers, decider, clock);
	}

}
