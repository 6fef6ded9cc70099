package nl.secondopinion.insurance.mediation;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;

import nl.secondopinion.insurance.context.AssignmentRefusedException;
import nl.secondopinion.insurance.context.Consultant;
import nl.secondopinion.insurance.context.ConsultantAssignments;
import nl.secondopinion.insurance.context.ConsultantDirectory;
import nl.secondopinion.insurance.context.RequestContext;
import nl.secondopinion.insurance.context.RequestContexts;
import nl.secondopinion.insurance.context.RequestNotFoundException;
import nl.secondopinion.support.problem.ProblemException;
import nl.secondopinion.support.problem.ProblemTypes;
import nl.secondopinion.support.security.CurrentUser;
import nl.secondopinion.support.security.Role;

/**
 * The care-mediation desks. The tenant of a mediator is their token's
 * {@code insurer_uzovi} claim; another insurer's request answers the same 404 as an
 * unknown one. A desk proposes only consultants the patient may choose (referral-service
 * applies the independence and level rule), and an accepted proposal is assigned at
 * referral-service before the mediation closes.
 */
public class MediationService {

	private static final Comparator<Consultant> BY_WAIT = Comparator
		.comparing(Consultant::waitingWeeks, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(Consultant::name);

	private final MediationRequests requests;

	private final RequestContexts contexts;

	private final ConsultantDirectory directory;

	private final ConsultantAssignments assignments;

	private final WorkingDays workingDays;

	private final int targetWorkingDays;

	private final Clock clock;

	public MediationService(MediationRequests requests, RequestContexts contexts, ConsultantDirectory directory,
			ConsultantAssignments assignments, WorkingDays workingDays, int targetWorkingDays, Clock clock) {
		this.requests = requests;
		this.contexts = contexts;
		this.directory = directory;
		this.assignments = assignments;
		this.workingDays = workingDays;
		this.targetWorkingDays = targetWorkingDays;
		this.clock = clock;
	}

	public MediationRequest open(String requestId, QuestionCategory category, WaitingWish wish,
			ContactPreference contact, CurrentUser caller) {
		RequestContext context = this.contexts.find(requestId);
		if (!context.mayActForPatient(caller.id())) {
			throw new RequestNotFoundException();
		}
		String uzovi = context.insurerUzovi();
		String specialty = context.specialty();
		if (uzovi == null || specialty == null) {
			throw new ProblemException(ProblemTypes.problem(HttpStatus.UNPROCESSABLE_CONTENT, "mediation-not-possible",
					"Mediation not possible yet",
					"The request needs an insurer and a specialty before your insurer can help find a consultant."));
		}
		if (this.requests.existsByRequestIdAndStatusIn(requestId,
				EnumSet.of(MediationStatus.OPEN, MediationStatus.PROPOSED))) {
			throw new ProblemException(ProblemTypes.problem(HttpStatus.CONFLICT, "mediation-already-open",
					"Mediation already asked", "Your insurer is already working on a mediation for this request."));
		}
		Instant now = this.clock.instant();
		return this.requests.save(MediationRequest.open(requestId, context.patientId(), context.viewers(), uzovi,
				specialty, category, wish, contact, now, this.workingDays.plus(now, this.targetWorkingDays)));
	}

	public List<MediationRequest> list(CurrentUser caller) {
		if (caller.has(Role.INSURER_MEDIATOR)) {
			String uzovi = caller.insurerUzovi();
			return (uzovi != null) ? this.requests.findByInsurerUzoviOrderByRequestedAtDesc(uzovi) : List.of();
		}
		return this.requests.findByViewersContainingOrderByRequestedAtDesc(caller.id());
	}

	public MediationRequest get(String id, CurrentUser caller) {
		return this.requests.findById(id)
			.filter((request) -> isDeskOf(request, caller) || request.visibleTo(caller.id()))
			.orElseThrow(MediationNotFoundException::new);
	}

	/**
	 * The consultants the patient may choose for the request, waiting at most the wish's
	 * maximum when it has one; shortest wait first.
	 */
	public List<Consultant> candidates(String id, CurrentUser caller) {
		return candidatesOf(forDesk(id, caller));
	}

	public MediationRequest propose(String id, List<String> consultantIds, @Nullable String note, CurrentUser caller) {
		MediationRequest request = forDesk(id, caller);
		request.requireOpen();
		Map<String, Consultant> candidates = candidatesOf(request).stream()
			.collect(Collectors.toMap(Consultant::id, Function.identity(), (a, b) -> a));
		List<ProposedConsultant> proposed = new ArrayList<>();
		for (String consultantId : new LinkedHashSet<>(consultantIds)) {
			Consultant consultant = candidates.get(consultantId);
			if (consultant == null) {
				throw new ConsultantNotCandidateException(consultantId, request.waitingWish().maxWaitingWeeks());
			}
			proposed.add(new ProposedConsultant(consultant.id(), consultant.name(), consultant.institution(),
					consultant.waitingWeeks(), consultant.languages()));
		}
		request.propose(proposed, note, caller.id(), this.clock.instant());
		return this.requests.save(request);
	}

	/**
	 * Closes the mediation. An accepted proposal is first assigned at referral-service; a
	 * refusal or an outage leaves the mediation open and unchanged.
	 * @throws AssignmentRefusedException when referral-service refuses the consultant
	 */
	public MediationRequest recordOutcome(String id, Outcome.Kind kind, @Nullable String consultantId,
			CurrentUser caller) {
		MediationRequest request = forDesk(id, caller);
		request.requireOpen();
		if (kind == Outcome.Kind.PROPOSAL_ACCEPTED) {
			if (consultantId == null || !request.proposed(consultantId)) {
				throw new ConsultantNotProposedException();
			}
			assign(request, consultantId);
		}
		request.close(new Outcome(kind, consultantId, caller.id(), this.clock.instant()));
		return this.requests.save(request);
	}

	/** The caller's own insurer, for a mediator; 404 for anybody else. */
	public String deskOf(CurrentUser caller) {
		if (!caller.has(Role.INSURER_MEDIATOR) || caller.insurerUzovi() == null) {
			throw new MediationNotFoundException();
		}
		return Objects.requireNonNull(caller.insurerUzovi());
	}

	private List<Consultant> candidatesOf(MediationRequest request) {
		return this.directory.candidates(request.requestId(), request.waitingWish().maxWaitingWeeks())
			.stream()
			.filter(Consultant::accepting)
			.sorted(BY_WAIT)
			.toList();
	}

	/**
	 * A refusal because the request has moved on may mean that an earlier attempt of this
	 * very assignment went through (its answer timed out): then it is done.
	 */
	private void assign(MediationRequest request, String consultantId) {
		try {
			this.assignments.assign(request.requestId(), consultantId, request.id());
		}
		catch (AssignmentRefusedException ex) {
			if (!ex.conflict()
					|| !consultantId.equals(this.contexts.find(request.requestId()).assignedConsultantId())) {
				throw ex;
			}
		}
	}

	private MediationRequest forDesk(String id, CurrentUser caller) {
		return this.requests.findById(id)
			.filter((request) -> isDeskOf(request, caller))
			.orElseThrow(MediationNotFoundException::new);
	}

	private static boolean isDeskOf(MediationRequest request, CurrentUser caller) {
		return caller.has(Role.INSURER_MEDIATOR) && request.insurerUzovi().equals(caller.insurerUzovi());
	}

}
