package nl.secondopinion.insurance.coverage;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.OptimisticLockingFailureException;

import nl.secondopinion.insurance.context.RequestContext;
import nl.secondopinion.insurance.eligibility.Eligibilities;
import nl.secondopinion.insurance.eligibility.EligibilityResult;
import nl.secondopinion.insurance.insurer.Insurer;
import nl.secondopinion.insurance.privacy.Bsn;
import nl.secondopinion.insurance.privacy.BsnVault;

/**
 * Takes one coverage decision: asks the insurer (through its connector, breaker
 * included), applies {@link CoverageDecider} to the request's current facts and records
 * the sources. The one path for a patient's check, a pending check's re-check and a
 * decision taken again because the facts changed.
 */
public class CheckRunner {

	private static final Logger log = LoggerFactory.getLogger(CheckRunner.class);

	private final CoverageChecks checks;

	private final Eligibilities eligibilities;

	private final CoverageDecider decider;

	private final CoveragePolicy policy;

	private final BsnVault vault;

	private final Clock clock;

	public CheckRunner(CoverageChecks checks, Eligibilities eligibilities, CoverageDecider decider,
			CoveragePolicy policy, BsnVault vault, Clock clock) {
		this.checks = checks;
		this.eligibilities = eligibilities;
		this.decider = decider;
		this.policy = policy;
		this.vault = vault;
		this.clock = clock;
	}

	/**
	 * A new check, stored; older checks of the request stop re-checking and forget the
	 * number, so that only the latest one keeps it.
	 */
	public CoverageCheck newCheck(RequestContext context, Insurer insurer, String requestedBy, Bsn bsn) {
		CoverageCheck check = CoverageCheck.start(context, insurer, requestedBy, bsn, this.clock.instant());
		decide(check, context, insurer, bsn);
		CoverageCheck saved = this.checks.save(check);
		for (CoverageCheck older : this.checks.findByRequestIdAndBsnSealedIsNotNull(saved.requestId())) {
			if (!older.id().equals(saved.id())) {
				older.abandon();
				try {
					this.checks.save(older);
				}
				catch (OptimisticLockingFailureException ex) {
					log.info("Coverage check {} changed meanwhile; it is superseded at the next check", older.id());
				}
			}
		}
		return saved;
	}

	public void decide(CoverageCheck check, RequestContext context, Insurer insurer, Bsn bsn) {
		Instant contextRead = this.clock.instant();
		LocalDate today = this.eligibilities.today();
		EligibilityResult eligibility = this.eligibilities.check(insurer.uzovi(), bsn, today);
		CoverageBasis basis = CoverageBasis.of(context);
		Verdict verdict = this.decider.decide(basis, insurer, eligibility, today);
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
		check.record(verdict, basis, sources, decidedAt, bsn, this.vault, this.policy.recheckFirstDelay());
	}

}
