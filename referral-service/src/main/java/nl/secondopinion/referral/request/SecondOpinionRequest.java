package nl.secondopinion.referral.request;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.mapping.Document;

import nl.secondopinion.referral.consultant.Consultant;
import nl.secondopinion.support.time.PlatformDay;

/**
 * A patient's request for a second opinion: the aggregate that carries the question from
 * draft to report. Every change goes through a method here that checks the step against
 * {@link Transitions}, appends to the timeline and queues its event in the outbox; the
 * whole request is one MongoDB document written with optimistic locking, so state,
 * history and pending events can never disagree (the stores we run on have no
 * multi-document transactions).
 */
// Spring Data stores a nested "id" as "_id"; index definitions name the stored fields.
@Document("requests")
@CompoundIndexes({ @CompoundIndex(name = "patient_created", def = "{'patient._id': 1, 'createdAt': -1}"),
		@CompoundIndex(name = "pending_events", def = "{'pendingEvents': 1}") })
public final class SecondOpinionRequest {

	@Id
	private String id = "";

	@Version
	private @Nullable Long version;

	private PatientReference patient = new PatientReference(null, "", null);

	private List<Representative> representatives = new ArrayList<>();

	private RequestStatus status = RequestStatus.DRAFT;

	private @Nullable Question question;

	private Reason reason = Reason.CONFIRMATION;

	private String specialty = "";

	private @Nullable TreatingDoctor treatingDoctor;

	private @Nullable GeneralPractitioner generalPractitioner;

	/**
	 * The named GP's platform id, once they acted on the request (linked by AGB code).
	 */
	private @Nullable String generalPractitionerUserId;

	/** The patient's choice to tell the treating doctor (advised, on by default). */
	private boolean informTreatingDoctor = true;

	private @Nullable InsurerReference insurer;

	private @Nullable ClinicalFacts facts;

	private @Nullable Referral referral;

	private @Nullable Instant selfReferredAt;

	private boolean repeatRequest;

	private boolean thirdOpinion;

	private List<String> earlierRequestIds = new ArrayList<>();

	private @Nullable Instant submittedAt;

	private @Nullable AssignedConsultant consultant;

	private @Nullable CaseAcceptance acceptance;

	private List<ConsultantDecline> declines = new ArrayList<>();

	private List<NewExaminationRequest> newExaminationRequests = new ArrayList<>();

	private @Nullable CoverageChoice coverageChoice;

	/** When the appointment gate first found the dossier complete (the case clock). */
	private @Nullable Instant dossierCompleteAt;

	private @Nullable Appointment appointment;

	private @Nullable Report report;

	private @Nullable TransferDecision transferDecision;

	private List<DecisionAnswer> decisionAnswers = new ArrayList<>();

	private List<FollowUpQuestion> followUpQuestions = new ArrayList<>();

	private @Nullable ClosingDecision closing;

	/** When the request became final: closed, withdrawn or cancelled. */
	private @Nullable Instant closedAt;

	private RecordsChase recordsChase = RecordsChase.none();

	private Instant createdAt = Instant.EPOCH;

	private Instant updatedAt = Instant.EPOCH;

	private List<TimelineEntry> timeline = new ArrayList<>();

	private List<OutboxEvent> outbox = new ArrayList<>();

	/** Set while the outbox holds events the relay has not handed over yet. */
	private boolean pendingEvents;

	// For the mapping only.
	private SecondOpinionRequest() {
	}

	/** A patient starts a request for themselves; it stays private until submitted. */
	public static SecondOpinionRequest draft(String id, Actor patient, @Nullable String locale, RequestDetails details,
			Instant now) {
		SecondOpinionRequest request = new SecondOpinionRequest();
		request.id = id;
		request.patient = new PatientReference(patient.user().id(), patient.user().username(), locale);
		request.apply(details);
		request.createdAt = now;
		request.updatedAt = now;
		request.log(now, patient, "DRAFT_CREATED", null, RequestStatus.DRAFT, null);
		return request;
	}

	/**
	 * A representative starts a request for the patient named by user name; nothing
	 * happens with it until the patient confirms it is their will.
	 */
	public static SecondOpinionRequest byRepresentative(String id, Actor representative, String patientUsername,
			@Nullable String patientId, RequestDetails details, Instant now) {
		SecondOpinionRequest request = new SecondOpinionRequest();
		request.id = id;
		request.status = RequestStatus.AWAITING_PATIENT_CONSENT;
		request.patient = new PatientReference(patientId, patientUsername, null);
		request.representatives
			.add(new Representative(representative.user().id(), representative.user().username(), false, null));
		request.apply(details);
		request.createdAt = now;
		request.updatedAt = now;
		request.log(now, representative, "DRAFT_CREATED", null, RequestStatus.AWAITING_PATIENT_CONSENT, null);
		request.queue(EventType.CONSENT_REQUESTED, now, Map.of("representativeId", representative.user().id()),
				request.audience().patient());
		return request;
	}

	/** Replaces what the patient filled in; only while nobody else has seen it. */
	public void updateDetails(Actor actor, RequestDetails details, Instant now) {
		if (this.status != RequestStatus.DRAFT && this.status != RequestStatus.AWAITING_PATIENT_CONSENT) {
			throw new IllegalTransitionException(this.status, Step.SUBMIT);
		}
		apply(details);
		log(now, actor, "DETAILS_CHANGED", null, null, null);
	}

	private void apply(RequestDetails details) {
		if (details.specialty().isBlank()) {
			throw new IllegalArgumentException("A request needs a specialty");
		}
		this.question = details.question();
		this.reason = details.reason();
		this.specialty = details.specialty().strip();
		this.treatingDoctor = details.treatingDoctor();
		this.generalPractitioner = details.generalPractitioner();
		this.insurer = details.insurer();
		this.facts = details.facts();
		this.informTreatingDoctor = details.informTreatingDoctor();
	}

	/**
	 * The patient confirms (or refuses) that the representative's request is their will.
	 */
	public void decideConsent(Actor patient, String patientId, @Nullable String locale, boolean given,
			@Nullable String why, Instant now) {
		if (this.status == RequestStatus.AWAITING_PATIENT_CONSENT) {
			Step step = given ? Step.GIVE_CONSENT : Step.REFUSE_CONSENT;
			RequestStatus to = Transitions.next(this.status, step);
			this.patient = new PatientReference(patientId, this.patient.username(), locale);
			setConsent(given, now);
			move(step, to, patient, why, now);
			queue(given ? EventType.CONSENT_GIVEN : EventType.CONSENT_REFUSED, now, Map.of(),
					audience().patient().allRepresentatives());
			return;
		}
		if (this.status.isFinal() || given) {
			// Consent is given once, while awaiting; afterwards it can only be withdrawn.
			throw new IllegalTransitionException(this.status, given ? Step.GIVE_CONSENT : Step.REFUSE_CONSENT);
		}
		setConsent(false, now);
		log(now, patient, "PATIENT_CONSENT_WITHDRAWN", null, null, why);
		if (!this.representatives.isEmpty()) {
			queue(EventType.CONSENT_WITHDRAWN, now, Map.of(), audience().patient().allRepresentatives());
		}
	}

	private void setConsent(boolean given, Instant now) {
		this.representatives = new ArrayList<>(this.representatives.stream()
			.map((rep) -> new Representative(rep.id(), rep.username(), given, now))
			.toList());
	}

	/** What is still missing before the request can be submitted, by field name. */
	public Map<String, String> missingForSubmission() {
		Map<String, String> missing = new LinkedHashMap<>();
		if (this.treatingDoctor == null) {
			missing.put("treatingDoctor", "is required before submitting");
		}
		if (this.insurer == null) {
			missing.put("insurer", "is required before submitting");
		}
		if (this.facts == null) {
			missing.put("facts", "is required before submitting");
		}
		return missing;
	}

	/**
	 * Sends the request. Earlier requests of the patient about the same treating doctor
	 * and specialty flag this one as a repeat, and as a third opinion when one of them
	 * already has a report.
	 */
	public void submit(Actor actor, List<SecondOpinionRequest> earlier, Instant now) {
		RequestStatus to = Transitions.next(this.status, Step.SUBMIT);
		Map<String, String> missing = missingForSubmission();
		if (!missing.isEmpty()) {
			throw new RequestIncompleteException(missing);
		}
		List<SecondOpinionRequest> same = earlier.stream()
			.filter((other) -> !other.id.equals(this.id) && other.isAboutTheSameAs(this))
			.toList();
		this.repeatRequest = !same.isEmpty();
		this.thirdOpinion = same.stream().anyMatch((other) -> other.report != null);
		this.earlierRequestIds = new ArrayList<>(same.stream().map(SecondOpinionRequest::id).toList());
		if (this.submittedAt == null) {
			this.submittedAt = now;
		}
		move(Step.SUBMIT, to, actor, null, now);
		queue(EventType.REQUEST_SUBMITTED, now, Map.of("repeatRequest", Boolean.toString(this.repeatRequest),
				"thirdOpinion", Boolean.toString(this.thirdOpinion)), audience().patientSide().referringDoctors());
	}

	private boolean isAboutTheSameAs(SecondOpinionRequest other) {
		if (this.status == RequestStatus.DRAFT || this.status == RequestStatus.AWAITING_PATIENT_CONSENT
				|| this.treatingDoctor == null || other.treatingDoctor == null) {
			return false;
		}
		TreatingDoctor mine = this.treatingDoctor;
		TreatingDoctor theirs = other.treatingDoctor;
		boolean sameDoctor = (mine.agb() != null && theirs.agb() != null) ? mine.agb().equals(theirs.agb())
				: normalize(mine.name()).equals(normalize(theirs.name()));
		return sameDoctor && this.specialty.equals(other.specialty);
	}

	private static String normalize(String name) {
		return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
	}

	/** A GP or the treating specialist refers, with the question as they put it. */
	public void issueReferral(Actor referrer, String question, Instant now) {
		RequestStatus to = Transitions.next(this.status, Step.ISSUE_REFERRAL);
		LocalDate validUntil = PlatformDay.of(now).plusMonths(Referral.VALID_MONTHS);
		this.referral = new Referral(ReferralStatus.PRESENT, referrer.user(), referrer.role(), question, null, now,
				validUntil);
		linkDoctor(referrer);
		move(Step.ISSUE_REFERRAL, to, referrer, null, now);
		queue(EventType.REFERRAL_ISSUED, now, Map.of("validUntil", validUntil.toString()),
				audience().patientSide().referringDoctors());
	}

	/**
	 * A refusal needs a substantiated reason; it is recorded and shown to the patient.
	 */
	public void refuseReferral(Actor doctor, String reason, Instant now) {
		RequestStatus to = Transitions.next(this.status, Step.REFUSE_REFERRAL);
		this.referral = new Referral(ReferralStatus.REFUSED, doctor.user(), doctor.role(), null, reason, now, null);
		linkDoctor(doctor);
		move(Step.REFUSE_REFERRAL, to, doctor, reason, now);
		// The reason is medical text: it stays in the request, never in the event.
		queue(EventType.REFERRAL_REFUSED, now, Map.of(), audience().patientSide().referringDoctors());
	}

	/**
	 * A doctor acting with the AGB code of the treating doctor or the named GP is that
	 * doctor: from now on they are told by id.
	 */
	private void linkDoctor(Actor doctor) {
		String agb = doctor.agb();
		if (agb == null) {
			return;
		}
		TreatingDoctor treating = this.treatingDoctor;
		if (treating != null && treating.userId() == null && agb.equals(treating.agb())) {
			this.treatingDoctor = treating.withUserId(doctor.user().id());
		}
		GeneralPractitioner gp = this.generalPractitioner;
		if (gp != null && this.generalPractitionerUserId == null && agb.equals(gp.agb())) {
			this.generalPractitionerUserId = doctor.user().id();
		}
	}

	/** The patient goes on without a referral; reimbursement is then unlikely. */
	public void selfRefer(Actor actor, Instant now) {
		RequestStatus to = Transitions.next(this.status, Step.SELF_REFER);
		this.selfReferredAt = now;
		move(Step.SELF_REFER, to, actor, "REIMBURSEMENT_UNLIKELY", now);
		// A referral is still welcome: the doctors who could give one hear of it too.
		queue(EventType.SELF_REFERRED, now, Map.of("warning", "REIMBURSEMENT_UNLIKELY"),
				audience().patientSide().referringDoctors());
	}

	/**
	 * Assigns a consultant who passed the independence check and has not declined this
	 * request; the consultant still has to accept the case.
	 */
	public void assignConsultant(Actor actor, Consultant consultant, Instant now) {
		RequestStatus to = Transitions.next(this.status, Step.ASSIGN_CONSULTANT);
		if (hasDeclined(consultant.id())) {
			throw new RuleViolationException("consultant-declined", "Consultant declined",
					"This consultant declined the case; choose another one.");
		}
		this.consultant = new AssignedConsultant(consultant.id(), consultant.userId(), consultant.name(),
				consultant.institution(), consultant.specialty(), consultant.careCostTeam());
		this.acceptance = null;
		move(Step.ASSIGN_CONSULTANT, to, actor, null, now);
		queue(EventType.CONSULTANT_ASSIGNED, now, Map.of("consultantId", consultant.id()),
				audience().patientSide().careTeam(false).consultant().intakeCoordinators());
	}

	public boolean hasDeclined(String consultantId) {
		return this.declines.stream().anyMatch((decline) -> decline.consultantId().equals(consultantId));
	}

	/** The assigned consultant takes the case on, with a first triage. */
	public void acceptCase(Actor consultant, Triage triage, @Nullable String note, Instant now) {
		RequestStatus to = Transitions.next(this.status, Step.ACCEPT_CASE);
		this.acceptance = new CaseAcceptance(consultant.user(), now, triage, note, now);
		move(Step.ACCEPT_CASE, to, consultant, null, now);
		queue(EventType.CONSULTANT_ACCEPTED, now, Map.of("consultantId", consultantId(), "triage", triage.name()),
				audience().patientSide().careTeam(false).intakeCoordinators());
	}

	/**
	 * The assigned consultant declines, with a reason shown to the patient; the patient
	 * chooses again among the next candidates, without this consultant.
	 */
	public void declineCase(Actor consultant, String reason, Instant now) {
		RequestStatus to = Transitions.next(this.status, Step.DECLINE_CASE);
		String declined = consultantId();
		Audience told = audience().patientSide().intakeCoordinators();
		this.declines.add(new ConsultantDecline(declined, reason, consultant.user(), now));
		this.consultant = null;
		this.acceptance = null;
		move(Step.DECLINE_CASE, to, consultant, reason, now);
		queue(EventType.CONSULTANT_DECLINED, now, Map.of("consultantId", declined), told);
	}

	/** The consultant or intake changes the triage until the patient has been seen. */
	public void triage(Actor actor, Triage triage, @Nullable String note, Instant now) {
		CaseAcceptance accepted = this.acceptance;
		if (accepted == null
				|| (this.status != RequestStatus.CASE_ACCEPTED && this.status != RequestStatus.APPOINTMENT_SCHEDULED)) {
			throw new IllegalTransitionException(this.status, Step.ACCEPT_CASE);
		}
		this.acceptance = accepted.retriaged(triage, note, now);
		log(now, actor, "TRIAGE_" + triage.name(), null, null, null);
	}

	/** The patient asks for a new examination; the consultant weighs it (seed 002). */
	public void requestNewExamination(Actor actor, String reason, Instant now) {
		if (this.acceptance == null || this.status.isFinal() || this.report != null) {
			throw new IllegalTransitionException(this.status, Step.ACCEPT_CASE);
		}
		this.newExaminationRequests.add(new NewExaminationRequest(reason, actor.user(), now));
		log(now, actor, "NEW_EXAMINATION_REQUESTED", null, null, null);
		queue(EventType.NEW_EXAMINATION_REQUESTED, now, Map.of(), audience().consultant().intakeCoordinators());
	}

	private String consultantId() {
		return Objects.requireNonNull(this.consultant).consultantId();
	}

	/**
	 * The patient's choice when the insurer does not cover (or has not decided): self-pay
	 * or the care-cost team contacted. Recorded until the appointment.
	 */
	public void chooseCoverage(Actor actor, CoverageChoice.Kind kind, Instant now) {
		if (this.status.isFinal() || this.appointment != null) {
			throw new IllegalTransitionException(this.status, Step.SCHEDULE_APPOINTMENT);
		}
		this.coverageChoice = new CoverageChoice(kind, actor.user(), now);
		log(now, actor, "COVERAGE_CHOICE_" + kind.name(), null, null, null);
		if (this.consultant != null) {
			queue(EventType.COVERAGE_CHOICE_RECORDED, now, Map.of("choice", kind.name()),
					audience().consultant().intakeCoordinators());
		}
	}

	/**
	 * One run of the records chase over what the dossier still lacks (see
	 * {@link RecordsChase}); its state is saved whatever it decided, so the next run
	 * starts from it.
	 */
	public void chaseRecords(List<DossierChecklists.Item> missing, RecordsPolicy policy, Instant now) {
		List<DossierChecklists.Item> held = missing.stream()
			.map((item) -> new DossierChecklists.Item(item.item(), item.nl(), item.en(), holderOf(item.holder()),
					item.dueDate()))
			.toList();
		RecordsChase.Run run = this.recordsChase.run(held, policy, now);
		this.recordsChase = run.next();
		for (RecordsChase.Message message : run.messages()) {
			Map<String, Object> data = new LinkedHashMap<>();
			data.put("items", message.items());
			data.put("holder", message.holder().name());
			data.put("dueDate", message.dueDate().toString());
			switch (message.type()) {
				case RECORDS_REQUESTED ->
					data.put("legalDuty", Boolean.toString(message.holder() != RecordHolder.PATIENT));
				case RECORDS_REMINDER -> data.put("reminder", Integer.toString(message.reminder()));
				default -> {
				}
			}
			Audience audience = (message.type() == EventType.RECORDS_OVERDUE) ? audience().patientSide()
					: audience().holder(message.holder());
			if (!audience.isEmpty()) {
				queue(message.type(), now, data, audience);
				this.updatedAt = now;
			}
		}
	}

	/**
	 * Who is asked for an item: the holder the dossier names, unless the patient chose
	 * not to involve the treating doctor or named no GP; then the patient, who has the
	 * right to their own data.
	 */
	private RecordHolder holderOf(RecordHolder named) {
		return switch (named) {
			case TREATING_DOCTOR ->
				(this.informTreatingDoctor && this.treatingDoctor != null) ? named : RecordHolder.PATIENT;
			case GP -> (this.generalPractitioner != null) ? named : RecordHolder.PATIENT;
			case PATIENT -> named;
		};
	}

	/** The gate found the dossier complete; the case clock stops its dossier phase. */
	void dossierFoundComplete(Instant now) {
		if (this.dossierCompleteAt == null) {
			this.dossierCompleteAt = now;
		}
	}

	/**
	 * Checks the parts of the appointment gate the request knows itself: the step, and a
	 * referral valid on the day or the patient's choice for self-referral.
	 */
	public void checkReadyForAppointment(LocalDate day) {
		Transitions.next(this.status, Step.SCHEDULE_APPOINTMENT);
		if (this.selfReferredAt != null
				&& (this.referral == null || this.referral.status() != ReferralStatus.PRESENT)) {
			return;
		}
		Referral current = this.referral;
		if (current == null || current.status() != ReferralStatus.PRESENT || current.question() == null) {
			throw new AppointmentRefusedException("referral-missing",
					"A referral with its question is needed, or the patient's choice to go on without referral.",
					Map.of());
		}
		if (!current.isValidOn(day)) {
			throw new AppointmentRefusedException("referral-expired",
					"The referral was valid until " + current.validUntil() + ".", Map.of());
		}
	}

	public void scheduleAppointment(Actor actor, Appointment appointment, Instant now) {
		RequestStatus to = Transitions.next(this.status, Step.SCHEDULE_APPOINTMENT);
		this.appointment = appointment;
		move(Step.SCHEDULE_APPOINTMENT, to, actor, null, now);
		queue(EventType.APPOINTMENT_SCHEDULED, now, Map.of("appointmentAt", appointment.at().toString()),
				audience().patientSide().careTeam(false).consultant().intakeCoordinators());
	}

	/** The consultant has seen the patient: the report may follow. */
	public void recordConsultation(Actor consultant, Instant now) {
		RequestStatus to = Transitions.next(this.status, Step.RECORD_CONSULTATION);
		move(Step.RECORD_CONSULTATION, to, consultant, null, now);
		queue(EventType.CONSULTATION_RECORDED, now, consultantData(),
				audience().patientSide().careTeam(false).consultant().intakeCoordinators());
	}

	private Map<String, String> consultantData() {
		AssignedConsultant assigned = this.consultant;
		return (assigned != null) ? Map.of("consultantId", assigned.consultantId()) : Map.of();
	}

	/** The report answers every question that was asked (see {@link Report}). */
	public void writeReport(Actor consultant, Report report, Instant now) {
		RequestStatus to = Transitions.next(this.status, Step.WRITE_REPORT);
		report.requireAnswers(askedQuestions());
		this.report = report;
		move(Step.WRITE_REPORT, to, consultant, null, now);
		// Neither outcome nor findings: who may read the report reads it behind the
		// login.
		queue(EventType.REPORT_AVAILABLE, now, Map.of(), audience().patientSide().careTeam(true).consultant());
		if (report.transferOfCareAdvised()) {
			RequestStatus transfer = Transitions.next(this.status, Step.PROPOSE_TRANSFER);
			move(Step.PROPOSE_TRANSFER, transfer, consultant, null, now);
			queue(EventType.TRANSFER_OF_CARE_PROPOSED, now, Map.of(),
					audience().patientSide().careTeam(true).consultant());
		}
	}

	/**
	 * The questions a report must answer: the patient's, and the referrer's if stated.
	 */
	public Set<AskedQuestion> askedQuestions() {
		Set<AskedQuestion> asked = java.util.EnumSet.of(AskedQuestion.PATIENT_QUESTION);
		Referral current = this.referral;
		if (current != null && current.status() == ReferralStatus.PRESENT && current.question() != null) {
			asked.add(AskedQuestion.REFERRAL_QUESTION);
		}
		return asked;
	}

	/** The own doctor, with the patient, decides on the proposed transfer of care. */
	public void decideTransfer(Actor doctor, boolean accepted, @Nullable String note, Instant now) {
		RequestStatus to = Transitions.next(this.status, Step.DECIDE_TRANSFER);
		this.transferDecision = new TransferDecision(accepted, note, doctor.user(), now);
		linkDoctor(doctor);
		move(Step.DECIDE_TRANSFER, to, doctor, accepted ? "TRANSFER_ACCEPTED" : "TRANSFER_DECLINED", now);
		queue(EventType.TRANSFER_OF_CARE_DECIDED, now, Map.of("accepted", Boolean.toString(accepted)),
				audience().patientSide().careTeam(true).consultant());
	}

	private void requireReportOpen(Step step) {
		if (this.status != RequestStatus.REPORTED && this.status != RequestStatus.TRANSFER_OF_CARE_PROPOSED) {
			throw new IllegalTransitionException(this.status, step);
		}
	}

	/**
	 * The patient's answers to the decision questions; a new answer replaces the old one.
	 */
	public void answerDecisionQuestions(Actor actor, Map<DecisionQuestion, String> answers,
			Set<DecisionQuestion> shared, Instant now) {
		requireReportOpen(Step.CLOSE);
		List<DecisionAnswer> updated = new ArrayList<>(
				this.decisionAnswers.stream().filter((answer) -> !answers.containsKey(answer.question())).toList());
		answers.forEach(
				(question, text) -> updated.add(new DecisionAnswer(question, text, now, shared.contains(question))));
		updated.sort(Comparator.comparing(DecisionAnswer::question));
		this.decisionAnswers = updated;
		log(now, actor, "DECISION_ANSWERS_SAVED", null, null, null);
	}

	/**
	 * A follow-up question to the consultant, up to {@code limit} per request; the
	 * consultant hears of it.
	 */
	public FollowUpQuestion askFollowUp(Actor actor, String text, int limit, Instant now) {
		requireReportOpen(Step.CLOSE);
		if (this.followUpQuestions.size() >= limit) {
			throw new RuleViolationException("follow-up-limit", "No more follow-up questions",
					"A request can have at most " + limit + " follow-up questions; discuss further questions with "
							+ "your own doctor.");
		}
		FollowUpQuestion question = new FollowUpQuestion(UUID.randomUUID().toString(), text, actor.user(), now, null,
				null, null);
		this.followUpQuestions.add(question);
		log(now, actor, "FOLLOW_UP_ASKED", null, null, null);
		queue(EventType.FOLLOW_UP_ASKED, now, Map.of("questionId", question.id()), audience().consultant());
		return question;
	}

	public FollowUpQuestion answerFollowUp(Actor consultant, String questionId, String text, Instant now) {
		requireReportOpen(Step.CLOSE);
		for (int i = 0; i < this.followUpQuestions.size(); i++) {
			FollowUpQuestion question = this.followUpQuestions.get(i);
			if (question.id().equals(questionId)) {
				FollowUpQuestion answered = question.answered(text, consultant.user(), now);
				if (question.answer() != null) {
					throw new RuleViolationException("follow-up-answered", "Already answered",
							"This follow-up question has been answered; its answer is an addendum to the report.");
				}
				this.followUpQuestions.set(i, answered);
				log(now, consultant, "FOLLOW_UP_ANSWERED", null, null, null);
				// The answer is an addendum to the report: everyone who reads the report
				// hears.
				queue(EventType.FOLLOW_UP_ANSWERED, now, Map.of("questionId", questionId),
						audience().patientSide().careTeam(true));
				return answered;
			}
		}
		throw new RequestNotFoundException();
	}

	/** The patient closes with their decision; the consultant's access ends here. */
	public void close(Actor actor, ClosingDecision.Kind kind, @Nullable LocalDate careTakenOverOn,
			@Nullable String note, Instant now) {
		RequestStatus to = Transitions.next(this.status, Step.CLOSE);
		this.closing = ClosingDecision.of(kind, careTakenOverOn, note, actor, now, PlatformDay.of(now));
		RequestStatus from = move(Step.CLOSE, to, actor, kind.name(), now);
		queue(EventType.REQUEST_CLOSED, now, Map.of("previousStatus", from.name()),
				audience().patientSide().careTeam(true).consultant());
	}

	/**
	 * The patient side stops; everyone who heard of the request so far hears of this too.
	 */
	public void withdraw(Actor actor, @Nullable String why, Instant now) {
		RequestStatus from = move(Step.WITHDRAW, Transitions.next(this.status, Step.WITHDRAW), actor, why, now);
		Audience audience = audience().patientSide();
		switch (from) {
			case AWAITING_PATIENT_CONSENT -> audience.patient().allRepresentatives();
			case DRAFT -> {
				// Nobody but the patient side has seen a draft.
			}
			default -> {
				audience.referringDoctors();
				if (this.consultant != null) {
					audience.consultant().intakeCoordinators();
				}
			}
		}
		queue(EventType.REQUEST_WITHDRAWN, now, Map.of("previousStatus", from.name()), audience);
	}

	/** The consultant's side stops; the reason stays in the timeline. */
	public void cancel(Actor actor, String why, Instant now) {
		RequestStatus from = move(Step.CANCEL, Transitions.next(this.status, Step.CANCEL), actor, why, now);
		queue(EventType.REQUEST_CANCELLED, now, Map.of("previousStatus", from.name()),
				audience().patientSide().careTeam(false).consultant().intakeCoordinators());
	}

	/** Changes the status and records it; answers the status it came from. */
	private RequestStatus move(Step step, RequestStatus to, Actor actor, @Nullable String why, Instant now) {
		RequestStatus from = this.status;
		this.status = to;
		if (to.isFinal() && this.closedAt == null) {
			this.closedAt = now;
		}
		log(now, actor, step.name(), from, to, why);
		return from;
	}

	private void log(Instant now, Actor actor, String what, @Nullable RequestStatus from, @Nullable RequestStatus to,
			@Nullable String why) {
		UserReference onBehalfOf = actor.role().equals(Actor.REPRESENTATIVE)
				? new UserReference((this.patient.id() != null) ? this.patient.id() : "", this.patient.username())
				: null;
		this.timeline.add(new TimelineEntry(now, actor.user(), actor.role(), what, from, to, why, onBehalfOf));
		this.updatedAt = now;
	}

	/**
	 * Queues an event in the outbox, to be written with the change it belongs to.
	 * {@code data} holds codes, dates and ids only, never medical text.
	 */
	private void queue(EventType type, Instant now, Map<String, ?> data, Audience audience) {
		Map<String, Object> all = new LinkedHashMap<>(data);
		all.put("status", this.status.name());
		this.outbox.add(new OutboxEvent(UUID.randomUUID().toString(), type, now, this.id, audience.recipients(),
				audience.groups(), all, null));
		this.pendingEvents = true;
	}

	private Audience audience() {
		return new Audience(this);
	}

	/** The events not yet handed to the notification service, oldest first. */
	public List<OutboxEvent> unsentEvents() {
		return this.outbox.stream().filter((event) -> event.sentAt() == null).toList();
	}

	/** The outbox after the relay handed over the given events. */
	List<OutboxEvent> outboxAfterSending(Set<String> eventIds, Instant now) {
		return this.outbox.stream()
			.map((event) -> (event.sentAt() == null && eventIds.contains(event.eventId())) ? event.sent(now) : event)
			.toList();
	}

	public Optional<Representative> representative(String userId) {
		return this.representatives.stream().filter((rep) -> rep.id().equals(userId)).findFirst();
	}

	/** The insurer to ask about coverage; without one there is nothing to estimate. */
	public InsurerReference insurerForCoverageCheck() {
		if (this.insurer == null) {
			throw new InsurerMissingException(this.id);
		}
		return this.insurer;
	}

	public ReferralStatus referralStatus() {
		return (this.referral != null) ? this.referral.status() : ReferralStatus.NONE;
	}

	/** From assignment on, the dossier is with the consultant. */
	public boolean isWithConsultant() {
		return this.consultant != null && switch (this.status) {
			case CONSULTANT_ASSIGNED, CASE_ACCEPTED, APPOINTMENT_SCHEDULED, CONSULTED, REPORTED,
					TRANSFER_OF_CARE_PROPOSED, CLOSED ->
				true;
			default -> false;
		};
	}

	public String id() {
		return this.id;
	}

	public @Nullable Long version() {
		return this.version;
	}

	public PatientReference patient() {
		return this.patient;
	}

	public List<Representative> representatives() {
		return List.copyOf(this.representatives);
	}

	public RequestStatus status() {
		return this.status;
	}

	public Question question() {
		return Objects.requireNonNull(this.question);
	}

	public Reason reason() {
		return this.reason;
	}

	public String specialty() {
		return this.specialty;
	}

	public @Nullable TreatingDoctor treatingDoctor() {
		return this.treatingDoctor;
	}

	public @Nullable GeneralPractitioner generalPractitioner() {
		return this.generalPractitioner;
	}

	public @Nullable InsurerReference insurer() {
		return this.insurer;
	}

	public @Nullable ClinicalFacts facts() {
		return this.facts;
	}

	public @Nullable Referral referral() {
		return this.referral;
	}

	public boolean selfReferred() {
		return this.selfReferredAt != null;
	}

	public @Nullable Instant selfReferredAt() {
		return this.selfReferredAt;
	}

	public boolean repeatRequest() {
		return this.repeatRequest;
	}

	public boolean thirdOpinion() {
		return this.thirdOpinion;
	}

	public List<String> earlierRequestIds() {
		return List.copyOf(this.earlierRequestIds);
	}

	public @Nullable AssignedConsultant consultant() {
		return this.consultant;
	}

	public @Nullable CoverageChoice coverageChoice() {
		return this.coverageChoice;
	}

	public @Nullable CaseAcceptance acceptance() {
		return this.acceptance;
	}

	public List<ConsultantDecline> declines() {
		return List.copyOf(this.declines);
	}

	public List<NewExaminationRequest> newExaminationRequests() {
		return List.copyOf(this.newExaminationRequests);
	}

	public @Nullable Instant submittedAt() {
		return this.submittedAt;
	}

	public @Nullable Instant dossierCompleteAt() {
		return this.dossierCompleteAt;
	}

	public @Nullable ClosingDecision closing() {
		return this.closing;
	}

	public @Nullable Instant closedAt() {
		return this.closedAt;
	}

	public boolean informTreatingDoctor() {
		return this.informTreatingDoctor;
	}

	/** The named GP's platform id, once they acted on the request. */
	public @Nullable String generalPractitionerUserId() {
		return this.generalPractitionerUserId;
	}

	RecordsChase recordsChase() {
		return this.recordsChase;
	}

	public @Nullable Appointment appointment() {
		return this.appointment;
	}

	public @Nullable Report report() {
		return this.report;
	}

	public @Nullable TransferDecision transferDecision() {
		return this.transferDecision;
	}

	public List<DecisionAnswer> decisionAnswers() {
		return List.copyOf(this.decisionAnswers);
	}

	public List<FollowUpQuestion> followUpQuestions() {
		return List.copyOf(this.followUpQuestions);
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public Instant updatedAt() {
		return this.updatedAt;
	}

	public List<TimelineEntry> timeline() {
		return List.copyOf(this.timeline);
	}

	public List<OutboxEvent> outbox() {
		return List.copyOf(this.outbox);
	}

	public boolean hasPendingEvents() {
		return this.pendingEvents;
	}

}
