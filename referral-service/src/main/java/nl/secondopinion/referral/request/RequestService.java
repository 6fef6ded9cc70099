package nl.secondopinion.referral.request;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

import nl.secondopinion.referral.consultant.ClinicalTrigger;
import nl.secondopinion.referral.consultant.Consultant;
import nl.secondopinion.referral.consultant.ConsultantDirectory;
import nl.secondopinion.referral.consultant.ConsultantNotFoundException;
import nl.secondopinion.referral.consultant.IntakeLimit;
import nl.secondopinion.referral.idempotency.IdempotencyKeys;
import nl.secondopinion.support.security.Role;
import nl.secondopinion.support.time.PlatformDay;

/**
 * The use cases of the journey. Each one loads the request the caller may see (404
 * otherwise, so nobody learns that someone else's request exists), checks the caller's
 * part in it (403), lets the aggregate check the step (409) and its rules (422), asks
 * downstream services before anything changes (503 when they cannot answer), and writes
 * the one document with optimistic locking.
 */
@Service
public class RequestService {

	private static final Pattern REQUEST_ID = Pattern
		.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	private static final Set<Relation> PATIENT_SIDE = Set.of(Relation.PATIENT, Relation.REPRESENTATIVE);

	// A GP refers for any treating doctor; a specialist only as the treating specialist.
	// RequestAccess gives NAMED_GP to GPs only, so these two relations say exactly that.
	private static final Set<Relation> REFERRERS = Set.of(Relation.TREATING_DOCTOR, Relation.NAMED_GP);

	private final Requests requests;

	private final CoverageEstimates coverageEstimates;

	private final CoverageDecisions coverageDecisions;

	private final DossierChecklists dossiers;

	private final ConsultantDirectory consultants;

	private final IdempotencyKeys idempotencyKeys;

	private final JourneyProperties properties;

	private final Clock clock;

	RequestService(Requests requests, CoverageEstimates coverageEstimates, CoverageDecisions coverageDecisions,
			DossierChecklists dossiers, ConsultantDirectory consultants, IdempotencyKeys idempotencyKeys,
			JourneyProperties properties, Clock clock) {
		this.properties = properties;
		this.requests = requests;
		this.coverageEstimates = coverageEstimates;
		this.coverageDecisions = coverageDecisions;
		this.dossiers = dossiers;
		this.consultants = consultants;
		this.idempotencyKeys = idempotencyKeys;
		this.clock = clock;
	}

	/** A request as one caller sees it, with their relations to it and the case clock. */
	public record View(SecondOpinionRequest request, Set<Relation> relations, CaseClock clock) {

		public boolean mayReadReport() {
			return RequestAccess.mayReadReport(this.relations, this.request);
		}

		/** The patient, or a representative within consent. */
		public boolean onPatientSide() {
			return this.relations.stream().anyMatch(PATIENT_SIDE::contains);
		}

		public boolean isOwnDoctor() {
			return RequestAccess.isOwnDoctor(this.relations);
		}

	}

	private View view(Caller caller, SecondOpinionRequest request) {
		return new View(request, RequestAccess.relations(caller, request), clockOf(request));
	}

	/** The case clock as of now, with the configured phase targets. */
	public CaseClock clockOf(SecondOpinionRequest request) {
		return CaseClock.of(request, this.properties.targets(), now());
	}

	/** The created request, and whether this was a replay of an earlier call. */
	public record Created(View view, boolean replay) {

	}

	// MongoDB keeps milliseconds; truncating makes the answer equal what is read back.
	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

	/**
	 * A patient starts a draft for themselves; a representative one that waits for the
	 * patient of their recorded relation (the {@code represents} claim), and only that
	 * patient: the patient's id is bound when they confirm it is their will.
	 */
	public Created create(Caller caller, RequestDetails details, @Nullable String idempotencyKey, String bodyHash) {
		IdempotencyKeys.Outcome<View> outcome = this.idempotencyKeys.once("POST /api/requests", caller.id(),
				idempotencyKey, bodyHash, () -> createNew(caller, details), (view) -> view.request().id(),
				(id) -> get(caller, id));
		return new Created(outcome.value(), outcome.replay());
	}

	private View createNew(Caller caller, RequestDetails details) {
		String id = UUID.randomUUID().toString();
		SecondOpinionRequest request;
		if (caller.has(Role.PATIENT)) {
			request = SecondOpinionRequest.draft(id, Actor.of(caller, "patient"), caller.locale(), details, now());
		}
		else if (caller.has(Role.REPRESENTATIVE) && caller.represents() != null && !caller.represents().isBlank()) {
			request = SecondOpinionRequest.byRepresentative(id, Actor.of(caller, Actor.REPRESENTATIVE),
					caller.represents(), null, details, now());
		}
		else {
			throw new NotAllowedException("only a patient, or a representative acting for one, starts a request");
		}
		return view(caller, this.requests.save(request));
	}

	/** The request, for those with a part in it; 404 for everyone else. */
	public View get(Caller caller, String id) {
		return findExisting(id).map((request) -> view(caller, request))
			.filter((view) -> !view.relations().isEmpty())
			.orElseThrow(RequestNotFoundException::new);
	}

	public List<View> visibleTo(Caller caller) {
		return this.requests.candidatesFor(caller)
			.stream()
			.map((request) -> view(caller, request))
			.filter((view) -> !view.relations().isEmpty())
			.toList();
	}

	/** For other services only: no caller, no filtering. */
	public SecondOpinionRequest context(String id) {
		return findExisting(id).orElseThrow(RequestNotFoundException::new);
	}

	public View updateDetails(Caller caller, String id, RequestDetails details) {
		return change(caller, id, Set.of(Relation.PATIENT, Relation.REPRESENTATIVE, Relation.PENDING_REPRESENTATIVE),
				(request, actor) -> request.updateDetails(actor, details, now()));
	}

	public View submit(Caller caller, String id) {
		return change(caller, id, PATIENT_SIDE, (request, actor) -> {
			List<SecondOpinionRequest> earlier = (request.patient().id() != null)
					? this.requests.otherRequestsOf(request.patient().id(), request.id()) : List.of();
			request.submit(actor, earlier, now());
		});
	}

	public View decideConsent(Caller caller, String id, boolean given, @Nullable String why) {
		return change(caller, id, Set.of(Relation.PATIENT),
				(request, actor) -> request.decideConsent(actor, caller.id(), caller.locale(), given, why, now()));
	}

	public View issueReferral(Caller caller, String id, String question) {
		return change(caller, id, REFERRERS, (request, actor) -> request.issueReferral(actor, question, now()));
	}

	public View refuseReferral(Caller caller, String id, String reason) {
		return change(caller, id, REFERRERS, (request, actor) -> request.refuseReferral(actor, reason, now()));
	}

	public View selfRefer(Caller caller, String id) {
		return change(caller, id, PATIENT_SIDE, (request, actor) -> request.selfRefer(actor, now()));
	}

	public View assignConsultant(Caller caller, String id, String consultantId) {
		return change(caller, id, PATIENT_SIDE, (request, actor) -> assign(request, actor, consultantId));
	}

	/**
	 * An insurer's care-mediation desk applies the proposal the patient accepted, with
	 * every check of the patient's own choice.
	 */
	public SecondOpinionRequest assignThroughMediation(String id, String consultantId, String mediationId) {
		SecondOpinionRequest request = context(id);
		Actor desk = new Actor(new UserReference("mediation:" + mediationId, "care mediation"), "insurer-mediation",
				null);
		assign(request, desk, consultantId);
		return save(request);
	}

	private void assign(SecondOpinionRequest request, Actor actor, String consultantId) {
		Transitions.next(request.status(), Step.ASSIGN_CONSULTANT);
		Consultant consultant = this.consultants.findById(consultantId).orElseThrow(ConsultantNotFoundException::new);
		if (!consultant.accepting()) {
			throw new ConsultantNotAcceptingException();
		}
		List<IndependenceCheck.Rule> broken = IndependenceCheck
			.violations(Objects.requireNonNull(request.treatingDoctor()), consultant);
		if (!broken.isEmpty()) {
			throw new NotIndependentException(broken);
		}
		request.assignConsultant(actor, consultant, now());
	}

	/**
	 * The consultants the patient may choose now: accepting, of the request's specialty,
	 * independent of the treating doctor at the same level, not declined before, within
	 * the patient's maximum wait; shortest wait first. The insurer desk proposes from the
	 * same list.
	 */
	public List<Consultant> candidates(SecondOpinionRequest request, @Nullable Integer maxWaitingWeeks) {
		TreatingDoctor treating = request.treatingDoctor();
		return this.consultants.find(request.specialty())
			.stream()
			.filter(Consultant::accepting)
			.filter((consultant) -> treating == null || IndependenceCheck.violations(treating, consultant).isEmpty())
			.filter((consultant) -> !request.hasDeclined(consultant.id()))
			.filter((consultant) -> maxWaitingWeeks == null || consultant.waitingWeeks() <= maxWaitingWeeks)
			.toList();
	}

	public List<Consultant> candidates(Caller caller, String id, @Nullable Integer maxWaitingWeeks) {
		View view = get(caller, id);
		if (!view.onPatientSide()) {
			throw new RequestNotFoundException();
		}
		return candidates(view.request(), maxWaitingWeeks);
	}

	public View acceptCase(Caller caller, String id, Triage triage, @Nullable String note) {
		return change(caller, id, Set.of(Relation.CONSULTANT),
				(request, actor) -> request.acceptCase(actor, triage, note, now()));
	}

	public View declineCase(Caller caller, String id, String reason) {
		return change(caller, id, Set.of(Relation.CONSULTANT),
				(request, actor) -> request.declineCase(actor, reason, now()));
	}

	public View triage(Caller caller, String id, Triage triage, @Nullable String note) {
		return change(caller, id, Set.of(Relation.CONSULTANT, Relation.INTAKE_COORDINATOR),
				(request, actor) -> request.triage(actor, triage, note, now()));
	}

	public View requestNewExamination(Caller caller, String id, String reason) {
		return change(caller, id, PATIENT_SIDE,
				(request, actor) -> request.requestNewExamination(actor, reason, now()));
	}

	public View chooseCoverage(Caller caller, String id, CoverageChoice.Kind kind) {
		return change(caller, id, PATIENT_SIDE, (request, actor) -> request.chooseCoverage(actor, kind, now()));
	}

	/**
	 * The appointment gate: referral (or self-referral), complete dossier, and coverage
	 * known or accepted as uncertain. Downstream answers are gathered before anything is
	 * changed; site intake limits become warnings.
	 */
	public View scheduleAppointment(Caller caller, String id, Instant at, @Nullable String location) {
		return change(caller, id, Set.of(Relation.CONSULTANT, Relation.INTAKE_COORDINATOR), (request, actor) -> {
			request.checkReadyForAppointment(PlatformDay.of(at));
			DossierChecklists.Checklist checklist = this.dossiers.checklist(request.id());
			if (!checklist.complete()) {
				throw new AppointmentRefusedException("dossier-incomplete",
						"The dossier is not complete yet; see missing.", Map.of("missing", checklist.missing()));
			}
			Instant now = now();
			request.dossierFoundComplete(now);
			Optional<CoverageDecisions.Decision> coverage = this.coverageDecisions.latest(request.id());
			CoverageGate.check(coverage, request.coverageChoice());
			request.scheduleAppointment(actor, new Appointment(at, location, actor.user(), now,
					coverage.map(CoverageDecisions.Decision::decision).orElse(null), warnings(request)), now);
		});
	}

	private List<IntakeWarning> warnings(SecondOpinionRequest request) {
		AssignedConsultant assigned = Objects.requireNonNull(request.consultant());
		ClinicalFacts facts = request.facts();
		return this.consultants.findById(assigned.consultantId())
			.map(Consultant::intakeLimits)
			.orElse(List.of())
			.stream()
			.filter((limit) -> applies(limit, facts))
			.map((limit) -> new IntakeWarning(limit.code(), limit.nl(), limit.en()))
			.toList();
	}

	private static boolean applies(IntakeLimit limit, @Nullable ClinicalFacts facts) {
		ClinicalTrigger trigger = limit.appliesWhen();
		if (trigger == null) {
			return true;
		}
		if (facts == null) {
			return false;
		}
		return switch (trigger) {
			case TREATED_ABROAD -> facts.treatedAbroad();
			case OPERATED -> facts.operated();
			case IMAGING_DONE -> facts.imagingDone();
			case PATHOLOGY_DONE -> facts.pathologyDone();
			case INSURED_ABROAD -> facts.insuredAbroad();
		};
	}

	public View recordConsultation(Caller caller, String id) {
		return change(caller, id, Set.of(Relation.CONSULTANT),
				(request, actor) -> request.recordConsultation(actor, now()));
	}

	/**
	 * Writes the report; with an Idempotency-Key a replay answers the request with the
	 * report as it is now.
	 */
	public IdempotencyKeys.Outcome<View> writeReport(Caller caller, String id, ReportDraft draft,
			@Nullable String idempotencyKey, String bodyHash) {
		return this.idempotencyKeys.once("POST /api/requests/" + id + "/report", caller.id(), idempotencyKey, bodyHash,
				() -> change(caller, id, Set.of(Relation.CONSULTANT), (request, actor) -> {
					Instant now = now();
					request.writeReport(actor, draft.toReport(actor.user(), now), now);
				}), (view) -> view.request().id(), (requestId) -> get(caller, requestId));
	}

	/**
	 * The report, for those who may read it; 404 for everyone else and before it exists.
	 */
	public View report(Caller caller, String id) {
		View view = get(caller, id);
		if (view.request().report() == null || !view.mayReadReport()) {
			throw new ReportNotFoundException();
		}
		return view;
	}

	public View decideTransfer(Caller caller, String id, boolean accepted, @Nullable String note) {
		return change(caller, id, Set.of(Relation.TREATING_DOCTOR, Relation.REFERRER),
				(request, actor) -> request.decideTransfer(actor, accepted, note, now()));
	}

	public View answerDecisionQuestions(Caller caller, String id, Map<DecisionQuestion, String> answers,
			Set<DecisionQuestion> sharedWithDoctor) {
		return change(caller, id, PATIENT_SIDE,
				(request, actor) -> request.answerDecisionQuestions(actor, answers, sharedWithDoctor, now()));
	}

	/**
	 * Asks a follow-up question; with an Idempotency-Key a replay answers the question as
	 * it is now.
	 */
	public IdempotencyKeys.Outcome<FollowUpQuestion> askFollowUp(Caller caller, String id, String question,
			@Nullable String idempotencyKey, String bodyHash) {
		return this.idempotencyKeys.once("POST /api/requests/" + id + "/follow-up-questions", caller.id(),
				idempotencyKey, bodyHash, () -> {
					FollowUpQuestion[] asked = new FollowUpQuestion[1];
					change(caller, id, PATIENT_SIDE, (request, actor) -> asked[0] = request.askFollowUp(actor, question,
							this.properties.maxFollowUpQuestions(), now()));
					return asked[0];
				}, FollowUpQuestion::id,
				(questionId) -> get(caller, id).request()
					.followUpQuestions()
					.stream()
					.filter((asked) -> asked.id().equals(questionId))
					.findFirst()
					.orElseThrow(RequestNotFoundException::new));
	}

	public FollowUpQuestion answerFollowUp(Caller caller, String id, String questionId, String answer) {
		FollowUpQuestion[] answered = new FollowUpQuestion[1];
		change(caller, id, Set.of(Relation.CONSULTANT),
				(request, actor) -> answered[0] = request.answerFollowUp(actor, questionId, answer, now()));
		return answered[0];
	}

	public View close(Caller caller, String id, ClosingDecision.Kind kind, @Nullable LocalDate careTakenOverOn,
			@Nullable String note) {
		return change(caller, id, PATIENT_SIDE,
				(request, actor) -> request.close(actor, kind, careTakenOverOn, note, now()));
	}

	public View withdraw(Caller caller, String id, @Nullable String why) {
		return change(caller, id, Set.of(Relation.PATIENT, Relation.REPRESENTATIVE, Relation.PENDING_REPRESENTATIVE),
				(request, actor) -> request.withdraw(actor, why, now()));
	}

	public View cancel(Caller caller, String id, String why) {
		return change(caller, id, Set.of(Relation.CONSULTANT, Relation.INTAKE_COORDINATOR),
				(request, actor) -> request.cancel(actor, why, now()));
	}

	/** Asks the insurance service; nothing is stored, the estimate is only shown. */
	public CoverageEstimate estimateCoverage(Caller caller, String id) {
		View view = get(caller, id);
		if (!view.onPatientSide()) {
			throw new RequestNotFoundException();
		}
		SecondOpinionRequest request = view.request();
		return this.coverageEstimates.estimate(request.id(), request.insurerForCoverageCheck().uzovi());
	}

	private interface Change {

		void apply(SecondOpinionRequest request, Actor actor);

	}

	private View change(Caller caller, String id, Set<Relation> allowed, Change change) {
		View view = get(caller, id);
		SecondOpinionRequest request = view.request();
		Relation acting = view.relations()
			.stream()
			.filter(allowed::contains)
			.findFirst()
			.orElseThrow(() -> new NotAllowedException("your part in this request does not allow this step"));
		change.apply(request, Actor.of(caller, acting.timelineRole(caller)));
		return view(caller, save(request));
	}

	private SecondOpinionRequest save(SecondOpinionRequest request) {
		try {
			return this.requests.save(request);
		}
		catch (OptimisticLockingFailureException ex) {
			throw new ConcurrentChangeException("Someone else changed this request at the same time; reload it.");
		}
	}

	private Optional<SecondOpinionRequest> findExisting(String id) {
		if (!REQUEST_ID.matcher(id).matches()) {
			return Optional.empty();
		}
		return this.requests.findById(id);
	}

}
