package nl.secondopinion.insurance.config;

import java.time.Clock;
import java.util.Base64;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

import nl.secondopinion.insurance.context.ConsultantAssignments;
import nl.secondopinion.insurance.context.ConsultantDirectory;
import nl.secondopinion.insurance.context.RequestContexts;
import nl.secondopinion.insurance.coverage.CheckRunner;
import nl.secondopinion.insurance.coverage.CoverageCheck;
import nl.secondopinion.insurance.coverage.CoverageChecks;
import nl.secondopinion.insurance.coverage.CoverageDecider;
import nl.secondopinion.insurance.coverage.CoveragePolicy;
import nl.secondopinion.insurance.coverage.CoverageService;
import nl.secondopinion.insurance.coverage.PendingRechecks;
import nl.secondopinion.insurance.eligibility.Eligibilities;
import nl.secondopinion.insurance.eligibility.InsurerEligibility;
import nl.secondopinion.insurance.event.EventRelay;
import nl.secondopinion.insurance.event.EventSender;
import nl.secondopinion.insurance.insurer.InsurerCatalog;
import nl.secondopinion.insurance.mediation.CasePhases;
import nl.secondopinion.insurance.mediation.MediationRequest;
import nl.secondopinion.insurance.mediation.MediationRequests;
import nl.secondopinion.insurance.mediation.MediationService;
import nl.secondopinion.insurance.mediation.TurnaroundReport;
import nl.secondopinion.insurance.mediation.WorkingDays;
import nl.secondopinion.insurance.privacy.BsnVault;
import nl.secondopinion.support.deadevent.DeadEvents;

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
	CheckRunner checkRunner(CoverageChecks checks, Eligibilities eligibilities, CoverageDecider decider,
			CoveragePolicy policy, BsnVault vault, Clock clock) {
		return new CheckRunner(checks, eligibilities, decider, policy, vault, clock);
	}

	@Bean
	CoverageService coverageService(CoverageChecks checks, RequestContexts contexts, InsurerCatalog insurers,
			CheckRunner runner, BsnVault vault) {
		return new CoverageService(checks, contexts, insurers, runner, vault);
	}

	@Bean
	PendingRechecks pendingRechecks(CoverageChecks checks, RequestContexts contexts, InsurerCatalog insurers,
			CheckRunner runner, CoveragePolicy policy, BsnVault vault, Clock clock) {
		return new PendingRechecks(checks, contexts, insurers, runner, policy, vault, clock);
	}

	@Bean
	WorkingDays workingDays(MediationSettings settings) {
		return new WorkingDays(settings.holidaySet());
	}

	@Bean
	MediationService mediationService(MediationRequests requests, RequestContexts contexts,
			ConsultantDirectory directory, ConsultantAssignments assignments, WorkingDays workingDays,
			MediationSettings settings, Clock clock) {
		return new MediationService(requests, contexts, directory, assignments, workingDays,
				settings.targetWorkingDays(), clock);
	}

	@Bean
	CasePhases casePhases(RequestContexts contexts) {
		return new CasePhases(contexts);
	}

	@Bean
	TurnaroundReport turnaroundReport(MediationRequests requests, MediationSettings settings, Clock clock) {
		return new TurnaroundReport(requests, settings.targetWorkingDays(), clock);
	}

	@Bean
	EventRelay eventRelay(MongoTemplate mongo, EventSender sender, DeadEvents deadEvents) {
		return new EventRelay(mongo, sender, deadEvents, List.of(CoverageCheck.COLLECTION, MediationRequest.COLLECTION),
				"insurance-service", 50);
	}

}
