package nl.secondopinion.referral.request;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.mapping.Document;

import nl.secondopinion.referral.consultant.CareLevel;
import nl.secondopinion.referral.consultant.Consultant;

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

	private static final Pattern AGB_CODE = Pattern.compile("\\d{8}");

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

	private @Nullable InsurerReference insurer;

	private @Nullable ClinicalFacts facts;

	private @Nullable Referral referral;

	private @Nullable Instant selfReferredAt;

	private boolean repeatRequest;

	private boolean thirdOpinion;

	private List<String> earlierRequestIds = new ArrayList<>();

	private @Nullable AssignedConsultant consultant;

	private @Nullable Instant uncertainCoverageAcceptedAt;

	private @Nullable Appointment appointment;

	private @Nullable Report report;

	private @Nullable TransferDecision transferDecision;

	private List<DecisionAnswer> decisionAnswers = new ArrayList<>();

	private List<FollowUpQuestion> followUpQuestions = new ArrayList<>();

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
		LocalDate validUntil = LocalDate.ofInstant(now, ZoneOffset.UTC).plusMonths(Referral.VALID_MONTHS);
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

	/** Assigns a consultant who passed the independence check. */
	public void assignConsultant(Actor actor, Consultant consultant, Instant now) {
		RequestStatus to = Transitions.next(this.status, Step.ASSIGN_CONSULTANT);
		this.consultant = new AssignedConsultant(consultant.id(), consultant.userId(), consultant.name(),
				consultant.institution(), consultant.specialty());
		move(Step.ASSIGN_CONSULTANT, to, actor, null, now);
		queue(EventType.CONSULTANT_ASSIGNED, now, Map.of("consultantId", consultant.id()),
				audience().patientSide().careTeam(false).consultant().intakeCoordinators());
	}

	/**
	 * The patient accepts that coverage is uncertain, so an appointment may still be
	 * made.
	 */
	public void acceptUncertainCoverage(Actor actor, Instant now) {
		if (this.status.isFinal() || this.appointment != null) {
			throw new IllegalTransitionException(this.status, Step.SCHEDULE_APPOINTMENT);
		}
		this.uncertainCoverageAcceptedAt = now;
		log(now, actor, "UNCERTAIN_COVERAGE_ACCEPTED", null, null, null);
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

	public void writeReport(Actor consultant, Report report, Instant now) {
		RequestStatus to = Transitions.next(this.status, Step.WRITE_REPORT);
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
	public void answerDecisionQuestions(Actor actor, Map<DecisionQuestion, String> answers, Instant now) {
		requireReportOpen(Step.CLOSE);
		List<DecisionAnswer> updated = new ArrayList<>(
				this.decisionAnswers.stream().filter((answer) -> !answers.containsKey(answer.question())).toList());
		answers.forEach((question, text) -> updated.add(new DecisionAnswer(question, text, now)));
		updated.sort(Comparator.comparing(DecisionAnswer::question));
		this.decisionAnswers = updated;
		log(now, actor, "DECISION_ANSWERS_SAVED", null, null, null);
	}

	public FollowUpQuestion askFollowUp(Actor actor, String text, Instant now) {
		requireReportOpen(Step.CLOSE);
		FollowUpQuestion question = new FollowUpQuestion(UUID.randomUUID().toString(), text, actor.user(), now, null,
				null, null);
		this.followUpQuestions.add(question);
		log(now, actor, "FOLLOW_UP_ASKED", null, null, null);
		return question;
	}

	public FollowUpQuestion answerFollowUp(Actor consultant, String questionId, String text, Instant now) {
		requireReportOpen(Step.CLOSE);
		for (int i = 0; i < this.followUpQuestions.size(); i++) {
			FollowUpQuestion question = this.followUpQuestions.get(i);
			if (question.id().equals(questionId)) {
				FollowUpQuestion answered = question.answered(text, consultant.user(), now);
				this.followUpQuestions.set(i, answered);
				log(now, consultant, "FOLLOW_UP_ANSWERED", null, null, null);
				return answered;
			}
		}
		throw new RequestNotFoundException();
	}

	public void close(Actor actor, @Nullable String why, Instant now) {
		RequestStatus from = move(Step.CLOSE, Transitions.next(this.status, Step.CLOSE), actor, why, now);
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
	private void queue(EventType type, Instant now, Map<String, String> data, Audience audience) {
		Map<String, String> all = new LinkedHashMap<>(data);
		all.put("status", this.status.name());
		this.outbox.add(new OutboxEvent(UUID.randomUUID().toString(), type, now, this.id, audience.recipients(),
				audience.groups(), all, null));
		this.pendingEvents = true;
	}

	private Audience audience() {
		return new Audience();
	}

	/**
	 * Who hears of an event: people known by id, and people the notification service
	 * finds itself (by user name, AGB code or as a site's intake coordinators). Each is
	 * named once.
	 */
	private final class Audience {

		private final Map<String, String> people = new LinkedHashMap<>();

		private final List<OutboxEvent.RecipientGroup> groups = new ArrayList<>();

		/** The patient: by id, else (a representative's request) by user name. */
		Audience patient() {
			PatientReference known = SecondOpinionRequest.this.patient;
			if (known.id() != null) {
				person(known.id(), "patient");
			}
			else if (!known.username().isBlank()) {
				group(OutboxEvent.RecipientGroup.user(known.username()));
			}
			return this;
		}

		/** The patient and the representatives whose consent the patient gave. */
		Audience patientSide() {
			patient();
			SecondOpinionRequest.this.representatives.stream()
				.filter(Representative::consentGiven)
				.forEach((rep) -> person(rep.id(), "representative"));
			return this;
		}

		/** Every representative, with consent or not: consent is what concerns them. */
		Audience allRepresentatives() {
			SecondOpinionRequest.this.representatives.forEach((rep) -> person(rep.id(), "representative"));
			return this;
		}

		/**
		 * The doctors who may refer: the named GP and the treating doctor, and whoever
		 * already issued or refused a referral.
		 */
		Audience referringDoctors() {
			referrer(false);
			GeneralPractitioner gp = SecondOpinionRequest.this.generalPractitioner;
			String gpUserId = SecondOpinionRequest.this.generalPractitionerUserId;
			if (gpUserId != null) {
				person(gpUserId, "gp");
			}
			else if (gp != null) {
				clinician(gp.agb());
			}
			return treatingDoctor();
		}

		/**
		 * The doctors the second opinion goes back to: the referrer (with
		 * {@code reportReaders}, only one who issued the referral: a doctor who refused
		 * it does not read the report) and the treating doctor.
		 */
		Audience careTeam(boolean reportReaders) {
			return referrer(reportReaders).treatingDoctor();
		}

		private Audience referrer(boolean issuedOnly) {
			Referral referral = SecondOpinionRequest.this.referral;
			if (referral != null && (!issuedOnly || referral.status() == ReferralStatus.PRESENT)) {
				person(referral.by().id(), referral.byRole());
			}
			return this;
		}

		/** The treating doctor: by id once linked, else by AGB code. */
		private Audience treatingDoctor() {
			TreatingDoctor treating = SecondOpinionRequest.this.treatingDoctor;
			if (treating == null) {
				return this;
			}
			if (treating.userId() != null) {
				person(treating.userId(), (treating.level() == CareLevel.GENERAL_PRACTITIONER) ? "gp" : "specialist");
			}
			else {
				clinician(treating.agb());
			}
			return this;
		}

		/**
		 * A doctor by AGB code; the notification service takes eight digits only, and one
		 * malformed group would make it refuse the whole event.
		 */
		private void clinician(@Nullable String agb) {
			if (agb != null && AGB_CODE.matcher(agb).matches()) {
				group(OutboxEvent.RecipientGroup.clinician(agb));
			}
		}

		Audience consultant() {
			AssignedConsultant assigned = SecondOpinionRequest.this.consultant;
			if (assigned != null && assigned.userId() != null) {
				person(assigned.userId(), "consultant");
			}
			return this;
		}

		/** The intake coordinators of the assigned consultant's institution. */
		Audience intakeCoordinators() {
			AssignedConsultant assigned = SecondOpinionRequest.this.consultant;
			if (assigned != null) {
				group(OutboxEvent.RecipientGroup.intakeCoordinators(assigned.institution()));
			}
			return this;
		}

		private void person(String userId, String role) {
			this.people.putIfAbsent(userId, role);
		}

		private void group(OutboxEvent.RecipientGroup group) {
			if (!this.groups.contains(group)) {
				this.groups.add(group);
			}
		}

		List<OutboxEvent.Recipient> recipients() {
			return this.people.entrySet()
				.stream()
				.map((entry) -> new OutboxEvent.Recipient(entry.getKey(), entry.getValue()))
				.toList();
		}

		List<OutboxEvent.RecipientGroup> groups() {
			return List.copyOf(this.groups);
		}

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
			case CONSULTANT_ASSIGNED, APPOINTMENT_SCHEDULED, CONSULTED, REPORTED, TRANSFER_OF_CARE_PROPOSED, CLOSED ->
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

	public @Nullable Instant uncertainCoverageAcceptedAt() {
		return this.uncertainCoverageAcceptedAt;
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
