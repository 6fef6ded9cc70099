package nl.secondopinion.insurance.coverage;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.OptimisticLockingFailureException;

import nl.secondopinion.insurance.context.RequestContext;
import nl.secondopinion.insurance.context.RequestContexts;
import nl.secondopinion.insurance.context.RequestNotFoundException;
import nl.secondopinion.insurance.insurer.Insurer;
import nl.secondopinion.insurance.insurer.InsurerCatalog;
import nl.secondopinion.insurance.privacy.Bsn;
import nl.secondopinion.insurance.privacy.BsnVault;
import nl.secondopinion.support.security.CurrentUser;
import nl.secondopinion.support.security.Role;

/**
 * Coverage checks: a patient's new check, reading a check, and the request's current
 * decision, which is taken again when the request's facts no longer match the ones the
 * latest decision rests on.
 */
public class CoverageService {

	private static final Logger log = LoggerFactory.getLogger(CoverageService.class);

	private final CoverageChecks checks;

	private final RequestContexts contexts;

	private final InsurerCatalog insurers;

	private final CheckRunner runner;

	private final BsnVault vault;

	public CoverageService(CoverageChecks checks, RequestContexts contexts, InsurerCatalog insurers, CheckRunner runner,
			BsnVault vault) {
		this.checks = checks;
		this.contexts = contexts;
		this.insurers = insurers;
		this.runner = runner;
		this.vault = vault;
	}

	/**
	 * A new check for a request, by the patient, a representative with consent, or the
	 * platform on their behalf. Anybody else learns nothing: the same 404 as for an
	 * unknown request.
	 */
	public CoverageCheck check(String requestId, Bsn bsn, CurrentUser caller) {
		RequestContext context = authorized(requestId, caller);
		Insurer insurer = this.insurers.require(context.insurerUzovi());
		return this.runner.newCheck(context, insurer, caller.id(), bsn);
	}

	/** A check the caller may read, or 404. */
	public CoverageCheck find(String checkId, CurrentUser caller) {
		return this.checks.findById(checkId)
			.filter((check) -> caller.has(Role.PLATFORM_SERVICE) || check.visibleTo(caller.id())
					|| (caller.has(Role.INSURER_MEDIATOR) && check.insurerUzovi().equals(caller.insurerUzovi())))
			.orElseThrow(CheckNotFoundException::new);
	}

	/**
	 * The latest check of a request, for the patient, a representative with consent or
	 * the platform, compared with the request's current facts first: when they changed,
	 * the decision is taken again as a new check (the same path as a patient's check).
	 * @throws RequestNotFoundException for an unknown request or one the caller may not
	 * act on
	 * @throws CheckNotFoundException when the request has no check yet
	 */
	public CurrentCheck current(String requestId, CurrentUser caller) {
		RequestContext context = authorized(requestId, caller);
		CoverageCheck latest = this.checks.findFirstByRequestIdOrderByCreatedAtDesc(requestId)
			.orElseThrow(CheckNotFoundException::new);
		if (context.ended()) {
			forgetNumber(latest);
			return new CurrentCheck(latest, false);
		}
		List<String> changes = CoverageBasis.of(context).changesFrom(latest.basis());
		if (changes.isEmpty()) {
			return new CurrentCheck(latest, false);
		}
		String sealed = latest.bsnSealed();
		Insurer insurer = this.insurers.find(context.insurerUzovi()).orElse(null);
		if (sealed == null || insurer == null) {
			log.warn(
					"Facts of coverage check {} changed ({}) but it cannot be decided again ({}); the patient has to "
							+ "check again",
					latest.id(), changes, (sealed == null) ? "no number kept" : "unknown insurer");
			return new CurrentCheck(latest, true);
		}
		log.info("Facts of coverage check {} changed ({}); deciding again", latest.id(), changes);
		Bsn bsn = this.vault.open(sealed, latest.id());
		return new CurrentCheck(this.runner.newCheck(context, insurer, caller.id(), bsn), false);
	}

	private RequestContext authorized(String requestId, CurrentUser caller) {
		RequestContext context = this.contexts.find(requestId);
		if (!caller.has(Role.PLATFORM_SERVICE) && !context.mayActForPatient(caller.id())) {
			throw new RequestNotFoundException();
		}
		return context;
	}

	private void forgetNumber(CoverageCheck check) {
		if (check.bsnSealed() == null) {
			return;
		}
		check.abandon();
		try {
			this.checks.save(check);
			log.info("Request of coverage check {} has ended; its number is erased", check.id());
		}
		catch (OptimisticLockingFailureException ex) {
			log.info("Coverage check {} changed meanwhile; its number is erased at the next read", check.id());
		}
	}

}
