package nl.secondopinion.insurance.coverage;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Limit;

import nl.secondopinion.insurance.context.RequestContext;
import nl.secondopinion.insurance.context.RequestContexts;
import nl.secondopinion.insurance.context.RequestNotFoundException;
import nl.secondopinion.insurance.insurer.Insurer;
import nl.secondopinion.insurance.insurer.InsurerCatalog;
import nl.secondopinion.insurance.privacy.Bsn;
import nl.secondopinion.insurance.privacy.BsnVault;

/**
 * Completes pending checks: each due one is decided again with a fresh request context,
 * first after {@code recheckFirstDelay}, then with a doubling delay up to
 * {@code recheckMaxDelay}. Safe on several instances at once (optimistic locking).
 */
public class PendingRechecks {

	private static final Logger log = LoggerFactory.getLogger(PendingRechecks.class);

	private final CoverageChecks checks;

	private final RequestContexts contexts;

	private final InsurerCatalog insurers;

	private final CheckRunner runner;

	private final CoveragePolicy policy;

	private final BsnVault vault;

	private final Clock clock;

	public PendingRechecks(CoverageChecks checks, RequestContexts contexts, InsurerCatalog insurers, CheckRunner runner,
			CoveragePolicy policy, BsnVault vault, Clock clock) {
		this.checks = checks;
		this.contexts = contexts;
		this.insurers = insurers;
		this.runner = runner;
		this.policy = policy;
		this.vault = vault;
		this.clock = clock;
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
		if (context.ended()) {
			log.info("Request of pending coverage check {} has ended; re-checks stop", check.id());
			return abandon(check);
		}
		if (!check.insurerUzovi().equals(context.insurerUzovi())) {
			return replace(check, context, bsn);
		}
		Insurer insurer = this.insurers.find(check.insurerUzovi()).orElse(null);
		if (insurer == null) {
			// Failing here would stop every re-check due after this one, round after
			// round.
			log.warn("Insurer {} of pending coverage check {} is no longer configured; re-checks stop",
					check.insurerUzovi(), check.id());
			return abandon(check);
		}
		this.runner.decide(check, context, insurer, bsn);
		if (check.decision() == Decision.PENDING) {
			return postpone(check);
		}
		this.checks.save(check);
		log.info("Pending coverage check {} decided on re-check {}: {}", check.id(), check.recheckAttempts() + 1,
				check.decision());
		return true;
	}

	/** The request names another insurer now: a check with that one takes over. */
	private boolean replace(CoverageCheck check, RequestContext context, Bsn bsn) {
		Insurer insurer = this.insurers.find(context.insurerUzovi()).orElse(null);
		if (insurer == null) {
			log.warn("Request of pending coverage check {} names an insurer the platform does not know; re-checks stop",
					check.id());
			return abandon(check);
		}
		log.info("Request of pending coverage check {} names another insurer now; a new check takes over", check.id());
		return this.runner.newCheck(context, insurer, check.requestedBy(), bsn).decision().isFinal();
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

}
