package nl.secondopinion.insurance.mediation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;

import nl.secondopinion.insurance.context.Consultant;
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
 * unknown one.
 */
public class MediationService {

	private final MediationRequests requests;

	private final RequestContexts contexts;

	private final ConsultantDirectory directory;

	private final WorkingDays workingDays;

	private final int targetWorkingDays;

	private final Clock clock;

	public MediationService(MediationRequests requests, RequestContexts contexts, ConsultantDirectory directory,
			WorkingDays workingDays, int targetWorkingDays, Clock clock) {
		this.requests = requests;
		this.contexts = contexts;
		this.directory = directory;
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

	/** The accepting consultants of the request's specialty, shortest wait first. */
	public List<Consultant> candidates(String id, CurrentUser caller) {
		MediationRequest request = forDesk(id, caller);
		return this.directory.bySpecialty(request.specialty()).stream().filter(Consultant::accepting).toList();
	}

	public MediationRequest propose(String id, List<String> consultantIds, @Nullable String note, CurrentUser caller) {
		MediationRequest request = forDesk(id, caller);
		request.requireOpen();
		Map<String, Consultant> known = this.directory.bySpecialty(request.specialty())
			.stream()
			.collect(Collectors.toMap(Consultant::id, Function.identity(), (a, b) -> a));
		List<ProposedConsultant> proposed = new ArrayList<>();
		for (String consultantId : new LinkedHashSet<>(consultantIds)) {
			Consultant consultant = known.get(consultantId);
			if (consultant == null || !consultant.accepting()) {
				throw new ProblemException(ProblemTypes.problem(HttpStatus.UNPROCESSABLE_CONTENT, "unknown-consultant",
						"Consultant cannot be proposed",
						"Consultant " + consultantId + " is not an accepting consultant of the request's specialty."));
			}
			proposed.add(new ProposedConsultant(consultant.id(), consultant.name(), consultant.institution(),
					consultant.waitingWeeks(), consultant.languages()));
		}
		request.propose(proposed, note, caller.id(), this.clock.instant());
		return this.requests.save(request);
	}

	public MediationRequest recordOutcome(String id, Outcome.Kind kind, @Nullable String consultantId,
			CurrentUser caller) {
		MediationRequest request = forDesk(id, caller);
		request.requireOpen();
		if (kind == Outcome.Kind.PROPOSAL_ACCEPTED && request.proposals()
			.stream()
			.flatMap((proposal) -> proposal.consultants().stream())
			.noneMatch((consultant) -> consultant.consultantId().equals(consultantId))) {
			throw new ProblemException(ProblemTypes.problem(HttpStatus.UNPROCESSABLE_CONTENT, "consultant-not-proposed",
					"Consultant was not proposed", "An accepted proposal must name a consultant that was proposed."));
		}
		request.close(new Outcome(kind, consultantId, caller.id(), this.clock.instant()));
		return this.requests.save(request);
	}

	public Turnaround turnaround(String uzovi) {
		Instant now = this.clock.instant();
		List<MediationRequest> all = this.requests.findByInsurerUzoviOrderByRequestedAtDesc(uzovi);
		int within = 0;
		int late = 0;
		int overdue = 0;
		int inTime = 0;
		List<Double> hours = new ArrayList<>();
		for (MediationRequest request : all) {
			Instant first = request.firstProposalAt();
			if (first != null) {
				if (request.withinTarget()) {
					within++;
				}
				else {
					late++;
				}
				hours.add(Duration.between(request.requestedAt(), first).toMinutes() / 60.0);
			}
			else if (request.status() != MediationStatus.CLOSED) {
				if (now.isAfter(request.dueBy())) {
					overdue++;
				}
				else {
					inTime++;
				}
			}
		}
		return new Turnaround(uzovi, this.targetWorkingDays, all.size(), within, late, overdue, inTime, median(hours));
	}

	/** The caller's own insurer, for a mediator; 404 for anybody else. */
	public String deskOf(CurrentUser caller) {
		if (!caller.has(Role.INSURER_MEDIATOR) || caller.insurerUzovi() == null) {
			throw new MediationNotFoundException();
		}
		return Objects.requireNonNull(caller.insurerUzovi());
	}

	private MediationRequest forDesk(String id, CurrentUser caller) {
		return this.requests.findById(id)
			.filter((request) -> isDeskOf(request, caller))
			.orElseThrow(MediationNotFoundException::new);
	}

	private static boolean isDeskOf(MediationRequest request, CurrentUser caller) {
		return caller.has(Role.INSURER_MEDIATOR) && request.insurerUzovi().equals(caller.insurerUzovi());
	}

	private static @Nullable Double median(List<Double> values) {
		if (values.isEmpty()) {
			return null;
		}
		List<Double> sorted = values.stream().sorted().toList();
		int middle = sorted.size() / 2;
		double median = (sorted.size() % 2 == 1) ? sorted.get(middle)
				: (sorted.get(middle - 1) + sorted.get(middle)) / 2;
		return Math.round(median * 10) / 10.0;
	}

}
