package nl.secondopinion.insurance.config;

import java.time.Clock;
import java.util.Base64;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

import nl.secondopinion.insurance.context.ConsultantDirectory;
import nl.secondopinion.insurance.context.RequestContexts;
import nl.secondopinion.insurance.coverage.CoverageCheck;
import nl.secondopinion.insurance.coverage.CoverageChecks;
import nl.secondopinion.insurance.coverage.CoverageDecider;
import nl.secondopinion.insurance.coverage.CoveragePolicy;
import nl.secondopinion.insurance.coverage.CoverageService;
import nl.secondopinion.insurance.eligibility.Eligibilities;
import nl.secondopinion.insurance.eligibility.InsurerEligibility;
import nl.secondopinion.insurance.event.EventRelay;
import nl.secondopinion.insurance.event.EventSender;
import nl.secondopinion.insurance.insurer.InsurerCatalog;
import nl.secondopinion.insurance.mediation.MediationRequest;
import nl.secondopinion.insurance.mediation.MediationRequests;
import nl.secondopinion.insurance.mediation.MediationService;
import nl.secondopinion.insurance.mediation.WorkingDays;
import nl.secondopinion.insurance.privacy.BsnVault;

/**
 * Wires the plain domain classes; they know nothing of Spring beyond their repositories.
 */
@Configuration(proxyBeanMethods = false)
class ServiceConfig {

	@Bean
	BsnVault bsnVault(@Value("${secondopinion.insurance.bsn-key}") String key) {
		return new BsnVault(Base64.getDecoder().decode(key));
	}

	@Bean
	Eligibilities eligibilities(InsurerEligibility insurers, BsnVault vault, Clock clock) {
		return new Eligibilities(insurers, vault, clock);
	}

	@Bean
	CoverageDecider coverageDecider(CoveragePolicy policy) {
		return new CoverageDecider(policy);
	}

	@Bean
	CoverageService coverageService(CoverageChecks checks, RequestContexts contexts, InsurerCatalog insurers,
			Eligibilities eligibilities, CoverageDecider decider, CoveragePolicy policy, BsnVault vault, Clock clock) {
		return new CoverageService(checks, contexts, insurers, eligibilities, decider, policy, vault, clock);
	}

	@Bean
	WorkingDays workingDays(MediationSettings settings) {
		return new WorkingDays(settings.holidaySet());
	}

	@Bean
	MediationService mediationService(MediationRequests requests, RequestContexts contexts,
			ConsultantDirectory directory, WorkingDays workingDays, MediationSettings settings, Clock clock) {
		return new MediationService(requests, contexts, directory, workingDays, settings.targetWorkingDays(), clock);
	}

	@Bean
	EventRelay eventRelay(MongoTemplate mongo, EventSender sender) {
		return new EventRelay(mongo, sender, List.of(CoverageCheck.COLLECTION, MediationRequest.COLLECTION),
				"insurance-service", 50);
	}

}
