package nl.secondopinion.dossier.document;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import nl.secondopinion.dossier.access.Access;
import nl.secondopinion.dossier.access.AccessPolicy;
import nl.secondopinion.dossier.access.CaseContext;
import nl.secondopinion.dossier.access.CaseContexts;
import nl.secondopinion.dossier.access.Caller;
import nl.secondopinion.dossier.audit.AccessLog;
import nl.secondopinion.dossier.audit.AuditAction;
import nl.secondopinion.dossier.audit.AuditEvent;
import nl.secondopinion.dossier.audit.AuditOutcome;
import nl.secondopinion.dossier.audit.AuditUnavailableException;
import nl.secondopinion.support.correlation.CorrelationId;
import nl.secondopinion.support.problem.ProblemException;
import nl.secondopinion.support.problem.ProblemTypes;
import nl.secondopinion.support.security.Role;

/**
 * Every dossier call passes here first: the case context from referral-service, the
 * access rule, and an access log entry for a refusal. A refused caller learns nothing:
 * the answer is the same 404 as for a dossier that does not exist.
 */
@Component
public class DossierGuard {

	private static final Logger log = LoggerFactory.getLogger(DossierGuard.class);

	private final CaseContexts contexts;

	private final Dossiers dossiers;

	private final AccessLog accessLog;

	private final Clock clock;

	DossierGuard(CaseContexts contexts, Dossiers dossiers, AccessLog accessLog, Clock clock) {
		this.contexts = contexts;
		this.dossiers = dossiers;
		this.accessLog = accessLog;
		this.clock = clock;
	}

	public Decision authorize(Caller caller, String requestId, AuditAction action, Predicate<Access> allowed,
			@Nullable String documentId) {
		CaseContext context = this.contexts.find(requestId)
			.orElseThrow(() -> deny(caller, requestId, action, null, documentId));
		Optional<Dossier> dossier = this.dossiers.findById(requestId);
		Access access = AccessPolicy.decide(caller.user(), caller.represents(), context,
				(userId, at) -> dossier.map((d) -> d.grantValidFor(userId, at)).orElse(false), this.clock.instant());
		if (!allowed.test(access)) {
			throw deny(caller, requestId, action, context.patient().id(), documentId);
		}
		return new Decision(caller, context, dossier, access);
	}

	/**
	 * Writes the access log entry of a permitted action; when that fails the action must
	 * not happen, so this throws a 503 problem.
	 */
	public void audit(Decision decision, AuditAction action, AuditOutcome outcome, @Nullable String documentId) {
		try {
			this.accessLog.record(event(decision.caller(), decision.context().requestId(), action, outcome,
					decision.context().patient().id(), documentId, purpose(decision.access(), decision.caller()),
					onBehalfOf(decision)));
		}
		catch (AuditUnavailableException ex) {
			throw new ProblemException(ProblemTypes.problem(HttpStatus.SERVICE_UNAVAILABLE, "audit-unavailable",
					"Access log unavailable",
					"The dossier cannot be used while its access log cannot be written. Please try again " + "later."),
					Map.of(HttpHeaders.RETRY_AFTER, "30"));
		}
	}

	/** Logs a refusal found after the access rule (e.g. someone else's document). */
	public ProblemException refuse(Decision decision, AuditAction action, @Nullable String documentId) {
		return deny(decision.caller(), decision.context().requestId(), action, decision.context().patient().id(),
				documentId);
	}

	/** Logs a refusal and answers it like an unknown id. */
	private ProblemException deny(Caller caller, String requestId, AuditAction action, @Nullable String patientId,
			@Nullable String documentId) {
		try {
			this.accessLog.record(
					event(caller, requestId, action, AuditOutcome.DENIED, patientId, documentId, "UNAUTHORISED", null));
		}
		catch (AuditUnavailableException ex) {
			// Still a plain 404: a refused caller must not learn more from our troubles.
			log.error("A refused dossier call could not be logged");
		}
		return notFound();
	}

	private static AuditEvent event(Caller caller, String requestId, AuditAction action, AuditOutcome outcome,
			@Nullable String patientId, @Nullable String documentId, String purpose, @Nullable String onBehalfOf) {
		return new AuditEvent(requestId, action, outcome, caller.user().id(), caller.user().username(), caller.role(),
				caller.organisation(), onBehalfOf, patientId, documentId, purpose, caller.sourceAddress(),
				CorrelationId.current().orElse(null));
	}

	private static @Nullable String onBehalfOf(Decision decision) {
		if (decision.caller().user().has(Role.REPRESENTATIVE) && decision.access() == Access.OWNER
				&& !decision.context().patient().id().equals(decision.caller().user().id())) {
			return decision.context().patient().id();
		}
		return null;
	}

	private static String purpose(Access access, Caller caller) {
		if (caller.user().has(Role.PLATFORM_SERVICE)) {
			return "SERVICE_PROCESSING";
		}
		return switch (access) {
			case OWNER -> "PATIENT_ACCESS";
			case CONTRIBUTOR -> "TREATMENT";
			case CONSULTANT -> "SECOND_OPINION";
			case CHECKLIST -> "INTAKE_PLANNING";
			case NONE -> "UNAUTHORISED";
		};
	}

	public static ProblemException notFound() {
		return new ProblemException(ProblemTypes.problem(HttpStatus.NOT_FOUND, "not-found", "Not Found",
				"There is no dossier or document here that you can see."));
	}

	/** The outcome of a permitted call's checks. */
	public record Decision(Caller caller, CaseContext context, Optional<Dossier> dossier, Access access) {

		public boolean sees(StoredDocument document) {
			return this.access.readsAll()
					|| (this.access.readsOwn() && document.uploadedBy().equals(this.caller.user().id()));
		}

	}

}
