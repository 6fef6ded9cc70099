package nl.secondopinion.insurance.coverage;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Limit;
import org.springframework.http.HttpStatus;

import nl.secondopinion.insurance.context.RequestContext;
import nl.secondopinion.insurance.context.RequestContexts;
import nl.secondopinion.insurance.context.RequestNotFoundException;
import nl.secondopinion.insurance.eligibility.Eligibilities;
import nl.secondopinion.insurance.eligibility.EligibilityResult;
import nl.secondopinion.insurance.insurer.Insurer;
import nl.secondopinion.insurance.insurer.InsurerCatalog;
import nl.secondopinion.insurance.privacy.Bsn;
import nl.secondopinion.insurance.privacy.BsnVault;
import nl.secondopinion.support.problem.ProblemException;
import nl.secondopinion.support.problem.ProblemTypes;
import nl.secondopinion.support.security.CurrentUser;
import nl.secondopinion.support.security.Role;

/**
 * Coverage checks: combines the insurer's eligibility answer with the request's context,
 * stores the decision with its events in one document, and completes pending checks
 * later.
 */
public class CoverageService {

	private static final Logger log = LoggerFactory.getLogger(CoverageService.class);

	private final CoverageChecks checks;

	private final RequestContexts contexts;

	private final InsurerCatalog insurers;

	private final Eligibilities eligibilities;

	private final CoverageDecider decider;

	private final CoveragePolicy policy;

	private final BsnVault vault;

	private final Clock clock;

	public CoverageService(CoverageChecks checks, RequestContexts contexts, InsurerCatalog insurers,
			Eligibilities eligibilities, CoverageDecider decider, CoveragePolicy policy, BsnVault vault, Clock clock) {
		this.checks = checks;
		this.contexts = contexts;
		this.insurers = insurers;
		this.eligibilities = eligibilities;
		this.decider = decider;
		this.policy = policy;
		this.vault = vault;
		this.clock = clock;
	}

	/**
	 * A new check for a request, by the patient, a representative with consent, or the
	 * platform on their behalf. Anybody else learns nothing: the same 404 as for an
	 * unknown request.
	 */
	public CoverageCheck check(String requestId, Bsn bsn, CurrentUser caller) {
		RequestContext context = this.contexts.find(requestId);
		if (!caller.has(Role.PLATFORM_SERVICE) && !context.mayActForPatient(caller.id())) {
			throw new RequestNotFoundException();
		}
		Insurer insurer = insurerOf(context);
		CoverageCheck check = CoverageCheck.start(context, insurer, caller.id(), bsn, this.clock.instant());
		decide(check, context, insurer, bsn);
		return this.checks.save(check);
	}

	/** A check the caller may read, or 404. */
	public CoverageCheck find(String checkId, CurrentUser caller) {
		return this.checks.findById(checkId)
			.filter((check) -> caller.has(Role.PLATFORM_SERVICE) || check.visibleTo(caller.id())
					|| (caller.has(Role.INSURER_MEDIATOR) && check.insurerUzovi().equals(caller.insurerUzovi())))
			.orElseThrow(CheckNotFoundException::new);
	}

	public CoverageCheck latestFor(String requestId) {
		return this.checks.findFirstByRequestIdOrderByCreatedAtDesc(requestId).orElseThrow(CheckNotFoundException::new);
	}

	/** Re-checks the pending checks that are due; answers how many got a decision. */
	public int recheckDue(int batchSize) {
		Instant now = this.clock.instant();
		int decided = 0;
		for (CoverageCheck check : this.checks.findByDecisionAndNextRecheckAtLessThanEqualOrderByNextRecheckAtAsc(
				Decision.PENDING, now, Limit.of(batchSize))) {
			try {
				if (recheck(check)) {
					decided++;
				}
			}
			catch (OptimisticLockingFailureException ex) {
				log.info("Coverage check {} changed meanwhile; re-check skipped", check.id());
			}
		}
		return decided;
	}

	private boolean recheck(CoverageCheck check) {
		String sealed = check.bsnSealed();
		if (sealed == null) {
			return abandon(check);
		}
		Bsn bsn = this.vault.open(sealed, check.id());
		RequestContext context;
		try {
			context = this.contexts.find(check.requestId());
		}
		catch (RequestNotFoundException ex) {
			log.warn("Request of pending coverage check {} is gone; re-checks stop", check.id());
			return abandon(check);
		}
		catch (RuntimeException ex) {
			log.warn("Re-check of coverage check {} postponed: request context unavailable ({})", check.id(),
					ex.getClass().getSimpleName());
			return postpone(check);
		}
		Insurer insurer = this.insurers.find(check.insurerUzovi()).orElse(null);
		if (insurer == null) {
			// Failing here would stop every re-check due after this one, round after
			// round.
			log.warn("Insurer {} of pending coverage check {} is no longer configured; re-checks stop",
					check.insurerUzovi(), check.id());
			return abandon(check);
		}
		decide(check, context, insurer, bsn);
		if (check.decision() == Decision.PENDING) {
			return postpone(check);
		}
		this.checks.save(check);
		log.info("Pending coverage check {} decided on re-check {}: {}", check.id(), check.recheckAttempts() + 1,
				check.decision());
		return true;
	}

	private void decide(CoverageCheck check, RequestContext context, Insurer insurer, Bsn bsn) {
		Instant contextRead = this.clock.instant();
		LocalDate today = this.eligibilities.today();
		EligibilityResult eligibility = this.eligibilities.check(insurer.uzovi(), bsn, today);
		Verdict verdict = this.decider.decide(context, insurer, eligibility, today);
		if (eligibility instanceof EligibilityResult.Unavailable unavailable) {
			log.warn("Insurer {} gave no usable eligibility answer ({}); coverage check {} is pending", insurer.uzovi(),
					unavailable.cause(), check.id());
		}
		boolean cached = eligibility instanceof EligibilityResult.Insured insured && insured.cached();
		Instant decidedAt = this.clock.instant();
		List<DataSource> sources = List.of(
				new DataSource(Source.INSURER_ELIGIBILITY, insurer.name() + " eligibility service",
						eligibility.checkedAt(), cached),
				new DataSource(Source.REQUEST_CONTEXT, "referral-service request context", contextRead, false),
				new DataSource(Source.POLICY_RULES, "platform coverage rules", decidedAt, false));
		check.record(verdict, sources, decidedAt, bsn, this.vault, this.policy.recheckFirstDelay());
	}

	private boolean abandon(CoverageCheck check) {
		check.abandon();
		this.checks.save(check);
		return false;
	}

	private boolean postpone(CoverageCheck check) {
		check.stillPending(this.clock.instant(), nextDelay(check));
		this.checks.save(check);
		return false;
	}

	private Duration nextDelay(CoverageCheck check) {
		long factor = 1L << Math.min(check.recheckAttempts() + 1, 20);
		Duration delay = this.policy.recheckFirstDelay().multipliedBy(factor);
		return (delay.compareTo(this.policy.recheckMaxDelay()) > 0) ? this.policy.recheckMaxDelay() : delay;
	}

	private Insurer insurerOf(RequestContext context) {
		String uzovi = context.insurerUzovi();
		if (uzovi == null) {
			throw new ProblemException(ProblemTypes.problem(HttpStatus.UNPROCESSABLE_CONTENT, "insurer-missing",
					"No insurer on the request",
					"The request names no health insurer. Add the insurer to the request first."));
		}
		return this.insurers.find(uzovi)
			.orElseThrow(() -> new ProblemException(
					ProblemTypes.problem(HttpStatus.UNPROCESSABLE_CONTENT, "unknown-insurer", "Unknown insurer",
							"The platform cannot check coverage with the insurer named on the request.")));
	}

}
