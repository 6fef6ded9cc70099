package nl.secondopinion.insurance.estimate;

import java.time.Clock;
import java.time.LocalDate;

import nl.secondopinion.insurance.context.RequestContext;
import nl.secondopinion.insurance.context.RequestContexts;
import nl.secondopinion.insurance.coverage.CoverageBasis;
import nl.secondopinion.insurance.coverage.CoverageDecider;
import nl.secondopinion.insurance.coverage.Verdict;
import nl.secondopinion.insurance.insurer.Insurer;
import nl.secondopinion.insurance.insurer.InsurerCatalog;
import nl.secondopinion.support.time.PlatformDay;

/**
 * Estimates a request's coverage from its own context (referral, insured abroad, the
 * supplementary package as the patient stated it, the treating doctor's level) with
 * {@link CoverageDecider}, the rules the coverage check applies to the insurer's answer.
 */
public class RequestEstimates {

	private final RequestContexts contexts;

	private final InsurerCatalog insurers;

	private final CoverageDecider decider;

	private final Clock clock;

	public RequestEstimates(RequestContexts contexts, InsurerCatalog insurers, CoverageDecider decider, Clock clock) {
		this.contexts = contexts;
		this.insurers = insurers;
		this.decider = decider;
		this.clock = clock;
	}

	/**
	 * @throws nl.secondopinion.insurance.context.RequestNotFoundException for an unknown
	 * request
	 * @throws nl.secondopinion.insurance.insurer.InsurerMissingException when it names no
	 * insurer
	 * @throws nl.secondopinion.insurance.insurer.UnknownInsurerException when it names an
	 * insurer the platform does not know
	 */
	public RequestEstimate forRequest(String requestId) {
		RequestContext context = this.contexts.find(requestId);
		Insurer insurer = this.insurers.require(context.insurerUzovi());
		LocalDate today = PlatformDay.today(this.clock);
		Verdict verdict = this.decider.estimate(CoverageBasis.of(context), insurer, today);
		return new RequestEstimate(Estimate.of(verdict.decision()), verdict.decision(), insurer, verdict.reasons(),
				this.clock.instant());
	}

}
