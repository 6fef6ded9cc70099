package nl.secondopinion.dossier.document;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import nl.secondopinion.dossier.access.Access;
import nl.secondopinion.dossier.access.Caller;
import nl.secondopinion.dossier.audit.AccessLog;
import nl.secondopinion.dossier.audit.AccessLogEntry;
import nl.secondopinion.dossier.audit.AuditAction;
import nl.secondopinion.dossier.audit.AuditOutcome;
import nl.secondopinion.dossier.audit.ChainVerification;
import nl.secondopinion.dossier.storage.ContentStore;
import nl.secondopinion.support.problem.ProblemException;
import nl.secondopinion.support.problem.ProblemTypes;
import nl.secondopinion.support.security.Role;

/**
 * The patient's decisions about the dossier (grants, destruction), the checklist and the
 * access log.
 */
@Service
public class DossierService {

	private final DossierGuard guard;

	private final Checklists checklists;

	private final DossierUpdates updates;

	private final AccessLog accessLog;

	private final ContentStore store;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	DossierService(DossierGuard guard, Checklists checklists, DossierUpdates updates, AccessLog accessLog,
			ContentStore store, ApplicationEventPublisher events, Clock clock) {
		this.guard = guard;
		this.checklists = checklists;
		this.updates = updates;
		this.accessLog = accessLog;
		this.store = store;
		this.events = events;
		this.clock = clock;
	}

	public Checklist checklist(Caller caller, String requestId) {
		DossierGuard.Decision decision = this.guard.authorize(caller, requestId, AuditAction.CHECKLIST_READ,
				Access::readsChecklist, null);
		this.guard.audit(decision, AuditAction.CHECKLIST_READ, AuditOutcome.SUCCESS, null);
		return this.checklists.of(decision.context(), decision.dossier());
	}

	public Grant grant(Caller caller, String requestId, String consultantId, LocalDate validUntil) {
		DossierGuard.Decision decision = this.guard.authorize(caller, requestId, AuditAction.GRANT_CREATE,
				Access::manages, null);
		Instant now = this.clock.instant();
		Grant grant = Grant.issue(decision.context(), consultantId, validUntil, caller.user().id(), now);
		this.guard.audit(decision, AuditAction.GRANT_CREATE, AuditOutcome.SUCCESS, null);
		if (decision.dossier().isEmpty()) {
			this.updates.open(requestId);
		}
		this.updates.change(requestId, (d) -> d.grant(grant, now));
		return grant;
	}

	public List<Grant> grants(Caller caller, String requestId) {
		DossierGuard.Decision decision = this.guard.authorize(caller, requestId, AuditAction.GRANT_LIST,
				Access::manages, null);
		this.guard.audit(decision, AuditAction.GRANT_LIST, AuditOutcome.SUCCESS, null);
		return decision.dossier().map(Dossier::grants).orElse(List.of());
	}

	public void revoke(Caller caller, String requestId, String grantId) {
		DossierGuard.Decision decision = this.guard.authorize(caller, requestId, AuditAction.GRANT_REVOKE,
				Access::manages, null);
		boolean known = decision.dossier()
			.map((d) -> d.grants().stream().anyMatch((g) -> g.id().equals(grantId) && g.revokedAt() == null))
			.orElse(false);
		if (!known) {
			throw DossierGuard.notFound();
		}
		this.guard.audit(decision, AuditAction.GRANT_REVOKE, AuditOutcome.SUCCESS, null);
		this.updates.change(requestId, (d) -> d.revoke(grantId, caller.user().id(), this.clock.instant()));
	}

	public List<AccessLogEntry> accessLog(Caller caller, String requestId) {
		DossierGuard.Decision decision = this.guard.authorize(caller, requestId, AuditAction.ACCESS_LOG_READ,
				Access::manages, null);
		this.guard.audit(decision, AuditAction.ACCESS_LOG_READ, AuditOutcome.SUCCESS, null);
		return this.accessLog.entries(requestId);
	}

	/** The patient, a representative with consent, or a platform administrator. */
	public ChainVerification verify(Caller caller, String requestId) {
		DossierGuard.Decision decision = this.guard.authorize(caller, requestId, AuditAction.ACCESS_LOG_VERIFY,
				(access) -> access.manages() || caller.user().has(Role.PLATFORM_ADMIN), null);
		this.guard.audit(decision, AuditAction.ACCESS_LOG_VERIFY, AuditOutcome.SUCCESS, null);
		return this.accessLog.verify(requestId);
	}

	/**
	 * The patient's request for destruction: always recorded; carried out at once unless
	 * a legal hold applies (409, and the request stays on record).
	 */
	public Dossier requestDestruction(Caller caller, String requestId) {
		DossierGuard.Decision decision = this.guard.authorize(caller, requestId, AuditAction.DESTRUCTION_REQUEST,
				Access::manages, null);
		this.guard.audit(decision, AuditAction.DESTRUCTION_REQUEST, AuditOutcome.SUCCESS, null);
		if (decision.dossier().isEmpty()) {
			throw DossierGuard.notFound();
		}
		Dossier recorded = this.updates.change(requestId,
				(d) -> d.requestDestruction(caller.user().id(), this.clock.instant()));
		if (recorded.legalHold()) {
			throw new ProblemException(ProblemTypes.problem(HttpStatus.CONFLICT, "legal-hold", "Destruction on hold",
					"Your request is recorded, but a legal hold keeps the dossier for now. "
							+ "It will be destroyed when the hold ends."));
		}
		List<String> contents = recorded.documents().stream().map(StoredDocument::contentId).toList();
		this.guard.audit(decision, AuditAction.DESTRUCTION, AuditOutcome.SUCCESS, null);
		Dossier destroyed = this.updates.change(requestId, (d) -> d.destroyed(this.clock.instant()));
		contents.forEach(this.store::delete);
		this.events.publishEvent(new DossierDestroyed(requestId));
		return destroyed;
	}

	/** Set or lift a legal hold: platform administrators only. */
	public Dossier legalHold(Caller caller, String requestId, boolean hold) {
		if (!caller.user().has(Role.PLATFORM_ADMIN)) {
			throw DossierGuard.notFound();
		}
		DossierGuard.Decision decision = this.guard.authorize(caller, requestId, AuditAction.LEGAL_HOLD,
				(access) -> true, null);
		this.guard.audit(decision, AuditAction.LEGAL_HOLD, AuditOutcome.SUCCESS, null);
		return this.updates.change(requestId, (d) -> d.legalHold(hold, this.clock.instant()));
	}

}
