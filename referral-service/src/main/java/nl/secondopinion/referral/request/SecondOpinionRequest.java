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
 * draft to report. Every change goes through a step that checks it against
 * {@link Transitions}, appends to the timeline and queues its event in the outbox; the
 * whole request is one MongoDB document written with optimistic locking, so state,
 * history and pending events can never disagree (the stores we run on have no
 * multi-document transactions).
 * <p>
 * The rules of each part of the journey live in a class of their own in this package:
 * {@link Drafting}, {@link Submission}, {@link Referrals}, {@link ConsultantSteps},
 * {@link AppointmentSteps}, {@link ReportSteps} and {@link EndSteps}. They change the
 * fields here directly, which is why the fields are package-private: the package is the
 * aggregate's boundary, and everything outside it goes through the public methods.
 */
// Spring Data stores a nested "id" as "_id"; index definitions name the stored fields.
@Document("requests")
@CompoundIndexes({ @CompoundIndex(name = "patient_created", def = "{'patient._id': 1, 'createdAt': -1}"),
		@CompoundIndex(name = "pending_events", def = "{'pendingEvents': 1}") })
public final class SecondOpinionRequest {

	@Id
	String id = "";

	@Version
	@Nullable Long version;

	PatientReference patient = new PatientReference(null, "", null);

	List<Representative> representatives = new ArrayList<>();

	RequestStatus status = RequestStatus.DRAFT;

	@Nullable Question question;

	Reason reason = Reason.CONFIRMATION;

	String specialty = "";

	@Nullable TreatingDoctor treatingDoctor;

	@Nullable GeneralPractitioner generalPractitioner;

	/**
	 * The named GP's platform id, once they acted on the request (linked by AGB code).
	 */
	@Nullable String generalPractitionerUserId;

	/** The patient's choice to tell the treating doctor (advised, on by default). */
	boolean informTreatingDoctor = true;

	@Nullable InsurerReference insurer;

	@Nullable ClinicalFacts facts;

	@Nullable Referral referral;

	@Nullable Instant selfReferredAt;

	boolean repeatRequest;

	boolean thirdOpinion;

	List<String> earlierRequestIds = new ArrayList<>();

	@Nullable Instant submittedAt;

	@Nullable AssignedConsultant consultant;

	@Nullable CaseAcceptance acceptance;

	List<ConsultantDecline> declines = new ArrayList<>();

	List<NewExaminationRequest> newExaminationRequests = new ArrayList<>();

	@Nullable CoverageChoice coverageChoice;

	/** When the appointment gate first found the dossier complete (the case clock). */
	@Nullable Instant dossierCompleteAt;

	@Nullable Appointment appointment;

	@Nullable Report report;

	@Nullable TransferDecision transferDecision;

	List<DecisionAnswer> decisionAnswers = new ArrayList<>();

	List<FollowUpQuestion> followUpQuestions = new ArrayList<>();

	@Nullable ClosingDecision closing;

	/** When the request became final: closed, withdrawn or cancelled. */
	@Nullable Instant closedAt;

	RecordsChase recordsChase = RecordsChase.none();

	Instant createdAt = Instant.EPOCH;

	Instant updatedAt = Instant.EPOCH;

	List<TimelineEntry> timeline = new ArrayList<>();

	List<OutboxEvent> outbox = new ArrayList<>();

	/** Set while the outbox holds events the relay has not handed over yet. */
	boolean pendingEvents;

	// For the mapping only.
	private SecondOpinionRequest() {
	}

	/** A patient starts a request for themselves; it stays private until submitted. */
	public static SecondOpinionRequest draft(String id, Actor patient, @Nullable String locale, RequestDetails details,
			Instant now) {
		SecondOpinionRequest request = new SecondOpinionRequest();
		request.id = id;
		request.patient = new PatientReference(patient.user().id(), patient.user().username(), locale);
		Drafting.apply(request, details);
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
		Drafting.apply(request, details);
		request.createdAt = now;
		request.updatedAt = now;
		request.log(now, representative, "DRAFT_CREATED", null, RequestStatus.AWAITING_PATIENT_CONSENT, null);
		request.queue(EventType.CONSENT_REQUESTED, now, Map.of("representativeId", representative.user().id()),
				request.audience().patient());
		return request;
	}

	/** Replaces what the patient filled in; only while nobody else has seen it. */
	public void updateDetails(Actor actor, RequestDetails details, Instant now) {
		Drafting.updateDetails(this, actor, details, now);
	}

	/**
	 * The patient confirms (or refuses) that the representative's request is their will.
	 */
	public void decideConsent(Actor patient, String patientId, @Nullable String locale, boolean given,
			@Nullable String why, Instant now) {
		Drafting.decideConsent(this, patient, patientId, locale, given, why, now);
	}

	/** What is still missing before the request can be submitted, by field name. */
	public Map<String, String> missingForSubmission() {
		return Drafting.missingForSubmission(this);
	}

	/**
	 * Sends the request. Earlier requests of the patient about the same treating doctor
	 * and specialty flag this one as a repeat, and as a third opinion when one of them
	 * already has a report.
	 */
	public void submit(Actor actor, List<SecondOpinionRequest> earlier, Instant now) {
		Submission.submit(this, actor, earlier, now);
	}

	/** A GP or the treating specialist refers, with the question as they put it. */
	public void issueReferral(Actor referrer, String question, Instant now) {
		Referrals.issueReferral(this, referrer, question, now);
	}

	/**
	 * A refusal needs a substantiated reason; it is recorded and shown to the patient.
	 */
	public void refuseReferral(Actor doctor, String reason, Instant now) {
		Referrals.refuseReferral(this, doctor, reason, now);
	}

	/** The patient goes on without a referral; reimbursement is then unlikely. */
	public void selfRefer(Actor actor, Instant now) {
		Referrals.selfRefer(this, actor, now);
	}

	/**
	 * Assigns a consultant who passed the independence check and has not declined this
	 * request; the consultant still has to accept the case.
	 */
	public void assignConsultant(Actor actor, Consultant consultant, Instant now) {
		ConsultantSteps.assignConsultant(this, actor, consultant, now);
	}

	/** The gate found the dossier complete; the case clock stops its dossier phase. */
	void dossierFoundComplete(Instant now) {
		AppointmentSteps.dossierFoundComplete(this, now);
	}

	public boolean hasDeclined(String consultantId) {
		return this.declines.stream().anyMatch((decline) -> decline.consultantId().equals(consultantId));
	}

	/** The assigned consultant takes the case on, with a first triage. */
	public void acceptCase(Actor consultant, Triage triage, @Nullable String note, Instant now) {
		ConsultantSteps.acceptCase(this, consultant, triage, note, now);
	}

	/**
	 * The assigned consultant declines, with a reason shown to the patient; the patient
	 * chooses again among the next candidates, without this consultant.
	 */
	public void declineCase(Actor consultant, String reason, Instant now) {
		ConsultantSteps.declineCase(this, consultant, reason, now);
	}

	/** The consultant or intake changes the triage until the patient has been seen. */
	public void triage(Actor actor, Triage triage, @Nullable String note, Instant now) {
		ConsultantSteps.triage(this, actor, triage, note, now);
	}

	/** The patient asks for a new examination; the consultant weighs it (seed 002). */
	public void requestNewExamination(Actor actor, String reason, Instant now) {
		ConsultantSteps.requestNewExamination(this, actor, reason, now);
	}

	/**
	 * The patient's choice when the insurer does not cover (or has not decided): self-pay
	 * or the care-cost team contacted. Recorded until the appointment.
	 */
	public void chooseCoverage(Actor actor, CoverageChoice.Kind kind, Instant now) {
		AppointmentSteps.chooseCoverage(this, actor, kind, now);
	}

	/**
	 * One run of the records chase over what the dossier still lacks (see
	 * {@link RecordsChase}); its state is saved whatever it decided, so the next run
	 * starts from it.
	 */
	public void chaseRecords(List<DossierChecklists.Item> missing, RecordsPolicy policy, Instant now) {
		AppointmentSteps.chaseRecords(this, missing, policy, now);
	}

	/**
	 * Checks the parts of the appointment gate the request knows itself: the step, and a
	 * referral valid on the day or the patient's choice for self-referral.
	 */
	public void checkReadyForAppointment(LocalDate day) {
		AppointmentSteps.checkReadyForAppointment(this, day);
	}

	public void scheduleAppointment(Actor actor, Appointment appointment, Instant now) {
		AppointmentSteps.scheduleAppointment(this, actor, appointment, now);
	}

	/** The consultant has seen the patient: the report may follow. */
	public void recordConsultation(Actor consultant, Instant now) {
		ReportSteps.recordConsultation(this, consultant, now);
	}

	/** The report answers every question that was asked (see {@link Report}). */
	public void writeReport(Actor consultant, Report report, Instant now) {
		ReportSteps.writeReport(this, consultant, report, now);
	}

	/**
	 * The questions a report must answer: the patient's, and the referrer's if stated.
	 */
	public Set<AskedQuestion> askedQuestions() {
		return ReportSteps.askedQuestions(this);
	}

	/** The own doctor, with the patient, decides on the proposed transfer of care. */
	public void decideTransfer(Actor doctor, boolean accepted, @Nullable String note, Instant now) {
		ReportSteps.decideTransfer(this, doctor, accepted, note, now);
	}

	/**
	 * The patient's answers to the decision questions; a new answer replaces the old one.
	 */
	public void answerDecisionQuestions(Actor actor, Map<DecisionQuestion, String> answers,
			Set<DecisionQuestion> shared, Instant now) {
		ReportSteps.answerDecisionQuestions(this, actor, answers, shared, now);
	}

	/**
	 * A follow-up question to the consultant, up to {@code limit} per request; the
	 * consultant hears of it.
	 */
	public FollowUpQuestion askFollowUp(Actor actor, String text, int limit, Instant now) {
		return ReportSteps.askFollowUp(this, actor, text, limit, now);
	}

	public FollowUpQuestion answerFollowUp(Actor consultant, String questionId, String text, Instant now) {
		return ReportSteps.answerFollowUp(this, consultant, questionId, text, now);
	}

	/** The patient closes with their decision; the consultant's access ends here. */
	public void close(Actor actor, ClosingDecision.Kind kind, @Nullable LocalDate careTakenOverOn,
			@Nullable String note, Instant now) {
		EndSteps.close(this, actor, kind, careTakenOverOn, note, now);
	}

	/**
	 * The patient side stops; everyone who heard of the request so far hears of this too.
	 */
	public void withdraw(Actor actor, @Nullable String why, Instant now) {
		EndSteps.withdraw(this, actor, why, now);
	}

	/** The consultant's side stops; the reason stays in the timeline. */
	public void cancel(Actor actor, String why, Instant now) {
		EndSteps.cancel(this, actor, why, now);
	}

	/** Changes the status and records it; answers the status it came from. */
	RequestStatus move(Step step, RequestStatus to, Actor actor, @Nullable String why, Instant now) {
		RequestStatus from = this.status;
		this.status = to;
		if (to.isFinal() && this.closedAt == null) {
			this.closedAt = now;
		}
		log(now, actor, step.name(), from, to, why);
		return from;
	}

	void log(Instant now, Actor actor, String what, @Nullable RequestStatus from, @Nullable RequestStatus to,
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
	void queue(EventType type, Instant now, Map<String, ?> data, Audience audience) {
		Map<String, Object> all = new LinkedHashMap<>(data);
		all.put("status", this.status.name());
		this.outbox.add(new OutboxEvent(UUID.randomUUID().toString(), type, now, this.id, audience.recipients(),
				audience.groups(), all, null));
		this.pendingEvents = true;
	}

	Audience audience() {
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
