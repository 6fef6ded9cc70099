package nl.secondopinion.referral.request;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static nl.secondopinion.referral.request.Fixtures.ANNA;
import static nl.secondopinion.referral.request.Fixtures.BAKKER;
import static nl.secondopinion.referral.request.Fixtures.BAKKER_IN_DIRECTORY;
import static nl.secondopinion.referral.request.Fixtures.CARLA;
import static nl.secondopinion.referral.request.Fixtures.DEVRIES;
import static nl.secondopinion.referral.request.Fixtures.INTAKE;
import static nl.secondopinion.referral.request.Fixtures.JANSEN;
import static nl.secondopinion.referral.request.Fixtures.NOW;
import static nl.secondopinion.referral.request.Fixtures.actor;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every change of a request's status (and of the patient's consent) queues exactly its
 * event, in the same document, for the right people, with codes, dates and ids only.
 */
class RequestEventsTest {

	private static final Actor PATIENT = actor(ANNA, "patient");

	private static final Actor REPRESENTATIVE = actor(CARLA, Actor.REPRESENTATIVE);

	private static final Actor GP = actor(DEVRIES, "gp");

	private static final Actor SPECIALIST = actor(JANSEN, "specialist");

	private static final Actor CONSULTANT = actor(BAKKER, "consultant");

	private static final String REFERRAL_QUESTION = "Is surgery needed for the hernia at L4-L5?";

	private static final String REFUSAL = "You asked this three times this year already.";

	private static final String WHY = "Personal reasons I would rather not share.";

	/** Every piece of free text the journey below puts into a request. */
	private static final List<String> MEDICAL_TEXT = List.of("Is an operation really the only option?",
			REFERRAL_QUESTION, REFUSAL, WHY, "Findings.", "Recommendations.", "Physiotherapy", "operation", "hernia");

	private static final OutboxEvent.Recipient TO_ANNA = new OutboxEvent.Recipient(ANNA.id(), "patient");

	private static final OutboxEvent.Recipient TO_CARLA = new OutboxEvent.Recipient(CARLA.id(), "representative");

	private static final OutboxEvent.Recipient TO_DEVRIES = new OutboxEvent.Recipient(DEVRIES.id(), "gp");

	private static final OutboxEvent.Recipient TO_JANSEN = new OutboxEvent.Recipient(JANSEN.id(), "specialist");

	private static final OutboxEvent.Recipient TO_BAKKER = new OutboxEvent.Recipient(BAKKER.id(), "consultant");

	private static final OutboxEvent.RecipientGroup ANNA_BY_NAME = OutboxEvent.RecipientGroup.user("anna");

	private static final OutboxEvent.RecipientGroup NAMED_GP = OutboxEvent.RecipientGroup.clinician("01000001");

	private static final OutboxEvent.RecipientGroup TREATING = OutboxEvent.RecipientGroup.clinician("03000002");

	private static final OutboxEvent.RecipientGroup UMC_ZUID_INTAKE = OutboxEvent.RecipientGroup
		.intakeCoordinators("UMC Zuid");

	private static final Map<Step, EventType> EVENT_OF_STEP = Map.ofEntries(
			Map.entry(Step.SUBMIT, EventType.REQUEST_SUBMITTED), Map.entry(Step.GIVE_CONSENT, EventType.CONSENT_GIVEN),
			Map.entry(Step.REFUSE_CONSENT, EventType.CONSENT_REFUSED),
			Map.entry(Step.ISSUE_REFERRAL, EventType.REFERRAL_ISSUED),
			Map.entry(Step.REFUSE_REFERRAL, EventType.REFERRAL_REFUSED),
			Map.entry(Step.SELF_REFER, EventType.SELF_REFERRED),
			Map.entry(Step.ASSIGN_CONSULTANT, EventType.CONSULTANT_ASSIGNED),
			Map.entry(Step.ACCEPT_CASE, EventType.CONSULTANT_ACCEPTED),
			Map.entry(Step.DECLINE_CASE, EventType.CONSULTANT_DECLINED),
			Map.entry(Step.SCHEDULE_APPOINTMENT, EventType.APPOINTMENT_SCHEDULED),
			Map.entry(Step.RECORD_CONSULTATION, EventType.CONSULTATION_RECORDED),
			Map.entry(Step.WRITE_REPORT, EventType.REPORT_AVAILABLE),
			Map.entry(Step.PROPOSE_TRANSFER, EventType.TRANSFER_OF_CARE_PROPOSED),
			Map.entry(Step.DECIDE_TRANSFER, EventType.TRANSFER_OF_CARE_DECIDED),
			Map.entry(Step.CLOSE, EventType.REQUEST_CLOSED), Map.entry(Step.WITHDRAW, EventType.REQUEST_WITHDRAWN),
			Map.entry(Step.CANCEL, EventType.REQUEST_CANCELLED));

	// -- every transition of the table -------------------------------------------------

	/**
	 * The table's transitions but the proposal of a transfer of care, which is part of
	 * writing a report that advises it (see
	 * {@link #anAdvisedTransferIsItsOwnEventAndReachesTheTreatingDoctorByAgbCode}).
	 */
	static Stream<Arguments> everyTransition() {
		List<Arguments> all = new ArrayList<>();
		for (RequestStatus from : RequestStatus.values()) {
			Transitions.allowedFrom(from).forEach((step, to) -> {
				if (step != Step.PROPOSE_TRANSFER) {
					all.add(Arguments.of(from, step, to));
				}
			});
		}
		return all.stream();
	}

	@ParameterizedTest(name = "{0} --{1}--> {2}")
	@MethodSource("everyTransition")
	void eachTransitionQueuesExactlyItsEventWithoutMedicalText(RequestStatus from, Step step, RequestStatus to) {
		SecondOpinionRequest request = in(from);
		assertThat(request.status()).isEqualTo(from);

		List<OutboxEvent> queued = queuedBy(request, () -> take(request, step));

		assertThat(request.status()).isEqualTo(to);
		assertThat(request.timeline()).last().satisfies((entry) -> {
			assertThat(entry.what()).isEqualTo(step.name());
			assertThat(entry.to()).isEqualTo(to);
		});
		assertThat(queued).singleElement().satisfies((event) -> {
			assertThat(event.type()).isEqualTo(EVENT_OF_STEP.get(step));
			assertThat(event.requestId()).isEqualTo("r1");
			assertThat(event.occurredAt()).isEqualTo(NOW);
			assertThat(event.sentAt()).isNull();
			assertThat(event.data()).containsEntry("status", to.name());
			assertThat(event.recipients().size() + event.recipientGroups().size()).isPositive();
			assertNoMedicalText(event);
		});
		assertThat(request.hasPendingEvents()).isTrue();
	}

	@Test
	void everyEventTypeIsProducedByTheJourney() {
		Set<EventType> seen = EnumSet.noneOf(EventType.class);
		everyTransition().forEach((arguments) -> {
			SecondOpinionRequest request = in((RequestStatus) arguments.get()[0]);
			take(request, (Step) arguments.get()[1]);
			request.unsentEvents().forEach((event) -> seen.add(event.type()));
		});
		SecondOpinionRequest withdrawn = consented();
		withdrawn.decideConsent(PATIENT, ANNA.id(), "nl", false, WHY, NOW);
		withdrawn.unsentEvents().forEach((event) -> seen.add(event.type()));
		// The hand-offs that change no status.
		SecondOpinionRequest accepted = Fixtures.accepted("r2");
		accepted.requestNewExamination(PATIENT, "The MRI was blurred.", NOW);
		accepted.chooseCoverage(PATIENT, CoverageChoice.Kind.SELF_PAY_ACCEPTED, NOW);
		RecordsPolicy quick = new RecordsPolicy(java.time.Duration.ofSeconds(10), java.time.Duration.ofSeconds(10), 1,
				java.time.Duration.ofMinutes(1), new nl.secondopinion.support.time.WorkingDays(Set.of()));
		List<DossierChecklists.Item> missing = List
			.of(new DossierChecklists.Item("CORRESPONDENCE", "", "", RecordHolder.TREATING_DOCTOR, null));
		accepted.chaseRecords(missing, quick, NOW);
		accepted.chaseRecords(missing, quick, NOW.plusSeconds(10));
		accepted.chaseRecords(missing, quick, NOW.plusSeconds(20));
		accepted.unsentEvents().forEach((event) -> seen.add(event.type()));
		SecondOpinionRequest reported = Fixtures.consulted("r3");
		reported.writeReport(CONSULTANT, Fixtures.report(false), NOW);
		FollowUpQuestion asked = reported.askFollowUp(PATIENT, "Can I wait a year?", 3, NOW);
		reported.answerFollowUp(CONSULTANT, asked.id(), "Yes.", NOW);
		reported.unsentEvents().forEach((event) -> seen.add(event.type()));

		assertThat(seen).isEqualTo(EnumSet.allOf(EventType.class));
	}

	// -- the patient and the representative
	// ------------------------------------------------

	@Test
	void aRepresentativesRequestAsksThePatientByUserNameWhileHerIdIsUnknown() {
		SecondOpinionRequest request = byCarla(null);

		assertThat(request.unsentEvents()).singleElement().satisfies((event) -> {
			assertThat(event.type()).isEqualTo(EventType.CONSENT_REQUESTED);
			assertThat(event.recipients()).isEmpty();
			assertThat(event.recipientGroups()).containsExactly(ANNA_BY_NAME);
			assertThat(event.data()).containsEntry("representativeId", CARLA.id());
			assertNoMedicalText(event);
		});
	}

	@Test
	void aRepresentativesRequestNamingThePatientsIdAsksHerById() {
		SecondOpinionRequest request = byCarla(ANNA.id());

		assertThat(request.unsentEvents()).singleElement().satisfies((event) -> {
			assertThat(event.recipients()).containsExactly(TO_ANNA);
			assertThat(event.recipientGroups()).isEmpty();
		});
	}

	@Test
	void givingConsentTellsThePatientAndTheRepresentative() {
		SecondOpinionRequest request = byCarla(null);

		OutboxEvent event = only(request, () -> request.decideConsent(PATIENT, ANNA.id(), "nl", true, null, NOW));

		assertThat(event.type()).isEqualTo(EventType.CONSENT_GIVEN);
		assertThat(event.recipients()).containsExactly(TO_ANNA, TO_CARLA);
		assertThat(event.recipientGroups()).isEmpty();
	}

	@Test
	void refusingConsentTellsTheRepresentativeWithoutTheReason() {
		SecondOpinionRequest request = byCarla(null);

		OutboxEvent event = only(request, () -> request.decideConsent(PATIENT, ANNA.id(), "nl", false, WHY, NOW));

		assertThat(event.type()).isEqualTo(EventType.CONSENT_REFUSED);
		assertThat(event.recipients()).containsExactly(TO_ANNA, TO_CARLA);
		assertThat(event.data()).containsExactly(Map.entry("status", "CANCELLED"));
	}

	@Test
	void withdrawingConsentLaterIsAnEventTooAndTheRepresentativeHearsOfIt() {
		SecondOpinionRequest request = consented();
		request.submit(REPRESENTATIVE, List.of(), NOW);

		OutboxEvent event = only(request, () -> request.decideConsent(PATIENT, ANNA.id(), "nl", false, WHY, NOW));

		assertThat(event.type()).isEqualTo(EventType.CONSENT_WITHDRAWN);
		assertThat(event.recipients()).containsExactly(TO_ANNA, TO_CARLA);
		assertThat(event.recipientGroups()).isEmpty();
		assertThat(event.data()).containsExactly(Map.entry("status", "SUBMITTED"));
	}

	@Test
	void aRepresentativeWithConsentHearsOfEverythingAfterwards() {
		SecondOpinionRequest request = consented();

		OutboxEvent event = only(request, () -> request.submit(REPRESENTATIVE, List.of(), NOW));

		assertThat(event.recipients()).containsExactly(TO_ANNA, TO_CARLA);
	}

	@Test
	void withdrawingBeforeThePatientConfirmedTellsHerByUserNameAndTheRepresentative() {
		SecondOpinionRequest request = byCarla(null);

		OutboxEvent event = only(request, () -> request.withdraw(REPRESENTATIVE, WHY, NOW));

		assertThat(event.type()).isEqualTo(EventType.REQUEST_WITHDRAWN);
		assertThat(event.recipients()).containsExactly(TO_CARLA);
		assertThat(event.recipientGroups()).containsExactly(ANNA_BY_NAME);
		assertThat(event.data()).containsEntry("previousStatus", "AWAITING_PATIENT_CONSENT");
	}

	@Test
	void withdrawingADraftConcernsThePatientOnly() {
		SecondOpinionRequest request = Fixtures.draft("r1");

		OutboxEvent event = only(request, () -> request.withdraw(PATIENT, null, NOW));

		assertThat(event.recipients()).containsExactly(TO_ANNA);
		assertThat(event.recipientGroups()).isEmpty();
	}

	// -- referral
	// ---------------------------------------------------------------------------

	@Test
	void aSubmittedRequestReachesTheNamedGpAndTheTreatingDoctorByAgbCode() {
		SecondOpinionRequest request = Fixtures.draft("r1");

		OutboxEvent event = only(request, () -> request.submit(PATIENT, List.of(), NOW));

		assertThat(event.type()).isEqualTo(EventType.REQUEST_SUBMITTED);
		assertThat(event.recipients()).containsExactly(TO_ANNA);
		assertThat(event.recipientGroups()).containsExactly(NAMED_GP, TREATING);
		assertThat(event.data()).containsOnlyKeys("status", "repeatRequest", "thirdOpinion");
	}

	@Test
	void aGpTreatingDoctorWhoIsAlsoTheNamedGpIsNamedOnce() {
		RequestDetails details = Fixtures.details();
		TreatingDoctor gpTreats = new TreatingDoctor(null, "dr. E. de Vries",
				nl.secondopinion.referral.consultant.CareLevel.GENERAL_PRACTITIONER, "general practice", null,
				"Huisartsenpraktijk De Linde", "01000001");
		SecondOpinionRequest request = SecondOpinionRequest.draft("r1", PATIENT, "nl",
				new RequestDetails(details.question(), details.reason(), details.specialty(), gpTreats,
						details.generalPractitioner(), details.insurer(), details.facts()),
				NOW);

		OutboxEvent event = only(request, () -> request.submit(PATIENT, List.of(), NOW));

		assertThat(event.recipientGroups()).containsExactly(NAMED_GP);
	}

	@Test
	void aMalformedAgbCodeIsLeftOutRatherThanSpoilTheEvent() {
		RequestDetails details = Fixtures.details();
		TreatingDoctor unknownCode = new TreatingDoctor(null, "dr. P. Jansen",
				nl.secondopinion.referral.consultant.CareLevel.MEDICAL_SPECIALIST, "neurology", "Ziekenhuis Noord",
				null, "3000002");
		SecondOpinionRequest request = SecondOpinionRequest.draft("r1", PATIENT, "nl",
				new RequestDetails(details.question(), details.reason(), details.specialty(), unknownCode,
						details.generalPractitioner(), details.insurer(), details.facts()),
				NOW);

		OutboxEvent event = only(request, () -> request.submit(PATIENT, List.of(), NOW));

		assertThat(event.recipientGroups()).containsExactly(NAMED_GP);
	}

	@Test
	void withdrawingConsentWithoutAnyRepresentativeChangesNothingAndQueuesNothing() {
		SecondOpinionRequest request = Fixtures.draft("r1");

		assertThat(queuedBy(request, () -> request.decideConsent(PATIENT, ANNA.id(), "nl", false, null, NOW)))
			.isEmpty();
	}

	@Test
	void anIssuedReferralTellsThePatientTheReferrerAndTheTreatingDoctorButNotTheQuestion() {
		SecondOpinionRequest request = Fixtures.submitted("r1");

		OutboxEvent event = only(request, () -> request.issueReferral(GP, REFERRAL_QUESTION, NOW));

		assertThat(event.type()).isEqualTo(EventType.REFERRAL_ISSUED);
		assertThat(event.recipients()).containsExactly(TO_ANNA, TO_DEVRIES);
		assertThat(event.recipientGroups()).as("the GP referred, so is known by id now").containsExactly(TREATING);
		assertThat(event.data()).containsOnlyKeys("status", "validUntil").containsEntry("validUntil", "2027-11-22");
	}

	@Test
	void whenTheTreatingSpecialistRefersTheNamedGpHearsOfItByAgbCode() {
		SecondOpinionRequest request = Fixtures.submitted("r1");

		OutboxEvent event = only(request, () -> request.issueReferral(SPECIALIST, REFERRAL_QUESTION, NOW));

		assertThat(event.recipients()).containsExactly(TO_ANNA, TO_JANSEN);
		assertThat(event.recipientGroups()).containsExactly(NAMED_GP);
	}

	@Test
	void aRefusalTellsThePatientAndTheOtherDoctorsWithoutTheReason() {
		SecondOpinionRequest request = Fixtures.submitted("r1");

		OutboxEvent event = only(request, () -> request.refuseReferral(GP, REFUSAL, NOW));

		assertThat(event.type()).isEqualTo(EventType.REFERRAL_REFUSED);
		assertThat(event.recipients()).containsExactly(TO_ANNA, TO_DEVRIES);
		assertThat(event.recipientGroups()).containsExactly(TREATING);
		assertThat(event.data()).containsExactly(Map.entry("status", "REFERRAL_REFUSED"));
	}

	@Test
	void goingWithoutReferralTellsTheDoctorsWhoMayStillRefer() {
		SecondOpinionRequest request = Fixtures.submitted("r1");
		request.refuseReferral(GP, REFUSAL, NOW);

		OutboxEvent event = only(request, () -> request.selfRefer(PATIENT, NOW));

		assertThat(event.type()).isEqualTo(EventType.SELF_REFERRED);
		assertThat(event.recipients()).containsExactly(TO_ANNA, TO_DEVRIES);
		assertThat(event.recipientGroups()).containsExactly(TREATING);
		assertThat(event.data()).containsEntry("warning", "REIMBURSEMENT_UNLIKELY");
	}

	// -- consultant, appointment, consultation
	// ---------------------------------------------

	@Test
	void anAssignedConsultantHearsOfItWithTheIntakeCoordinatorsOfTheirSite() {
		SecondOpinionRequest request = Fixtures.referred("r1");

		OutboxEvent event = only(request, () -> request.assignConsultant(PATIENT, BAKKER_IN_DIRECTORY, NOW));

		assertThat(event.type()).isEqualTo(EventType.CONSULTANT_ASSIGNED);
		assertThat(event.recipients()).containsExactly(TO_ANNA, TO_DEVRIES, TO_BAKKER);
		assertThat(event.recipientGroups()).containsExactlyInAnyOrder(TREATING, UMC_ZUID_INTAKE);
		assertThat(event.data()).containsEntry("consultantId", "c-06");
	}

	@Test
	void theAppointmentAndTheConsultationReachTheSameCircle() {
		SecondOpinionRequest request = Fixtures.accepted("r1");

		OutboxEvent scheduled = only(request, () -> request.scheduleAppointment(CONSULTANT,
				new Appointment(NOW.plusSeconds(86400), "room 1", BAKKER.reference(), NOW, "COVERED_BASIC", List.of()),
				NOW));
		OutboxEvent consulted = only(request, () -> request.recordConsultation(CONSULTANT, NOW));

		assertThat(scheduled.type()).isEqualTo(EventType.APPOINTMENT_SCHEDULED);
		assertThat(scheduled.data()).containsEntry("appointmentAt", "2026-11-23T10:15:30.123Z");
		assertThat(consulted.type()).isEqualTo(EventType.CONSULTATION_RECORDED);
		assertThat(consulted.data()).containsEntry("consultantId", "c-06");
		for (OutboxEvent event : List.of(scheduled, consulted)) {
			assertThat(event.recipients()).containsExactly(TO_ANNA, TO_DEVRIES, TO_BAKKER);
			assertThat(event.recipientGroups()).containsExactlyInAnyOrder(TREATING, UMC_ZUID_INTAKE);
		}
	}

	@Test
	void aCancellationTellsEveryoneInvolvedButNotWhy() {
		SecondOpinionRequest request = Fixtures.assigned("r1");

		OutboxEvent event = only(request, () -> request.cancel(actor(INTAKE, "intake-coordinator"), WHY, NOW));

		assertThat(event.type()).isEqualTo(EventType.REQUEST_CANCELLED);
		assertThat(event.recipients()).containsExactly(TO_ANNA, TO_DEVRIES, TO_BAKKER);
		assertThat(event.recipientGroups()).containsExactlyInAnyOrder(TREATING, UMC_ZUID_INTAKE);
		assertThat(event.data()).containsOnly(Map.entry("status", "CANCELLED"),
				Map.entry("previousStatus", "CONSULTANT_ASSIGNED"));
	}

	@Test
	void aWithdrawalWhileWithTheConsultantTellsTheDoctorsAndTheSite() {
		SecondOpinionRequest request = Fixtures.assigned("r1");

		OutboxEvent event = only(request, () -> request.withdraw(PATIENT, WHY, NOW));

		assertThat(event.recipients()).containsExactly(TO_ANNA, TO_DEVRIES, TO_BAKKER);
		assertThat(event.recipientGroups()).containsExactlyInAnyOrder(TREATING, UMC_ZUID_INTAKE);
	}

	@Test
	void aWithdrawalBeforeAnyReferralTellsTheDoctorsWhoWereAsked() {
		SecondOpinionRequest request = Fixtures.submitted("r1");

		OutboxEvent event = only(request, () -> request.withdraw(PATIENT, WHY, NOW));

		assertThat(event.recipients()).containsExactly(TO_ANNA);
		assertThat(event.recipientGroups()).containsExactly(NAMED_GP, TREATING);
	}

	// -- report and after
	// ------------------------------------------------------------------

	@Test
	void theReportIsAnnouncedToWhoMayReadItWithoutItsContent() {
		SecondOpinionRequest request = Fixtures.consulted("r1");

		OutboxEvent event = only(request, () -> request.writeReport(CONSULTANT, Fixtures.report(false), NOW));

		assertThat(event.type()).isEqualTo(EventType.REPORT_AVAILABLE);
		assertThat(event.recipients()).containsExactly(TO_ANNA, TO_DEVRIES, TO_BAKKER);
		assertThat(event.recipientGroups()).as("the treating doctor reads the report; intake does not")
			.containsExactly(TREATING);
		assertThat(event.data()).containsExactly(Map.entry("status", "REPORTED"));
	}

	@Test
	void whenTheNamedGpRefusedTheReferral_thenTheyStillHearOfTheReportAsThePatientsGp() {
		SecondOpinionRequest request = Fixtures.submitted("r1");
		request.refuseReferral(GP, REFUSAL, NOW);
		request.selfRefer(PATIENT, NOW);
		request.assignConsultant(PATIENT, BAKKER_IN_DIRECTORY, NOW);
		request.acceptCase(CONSULTANT, Triage.CONVERSATION_ONLY, null, NOW);
		request.scheduleAppointment(CONSULTANT,
				new Appointment(NOW.plusSeconds(86400), "room 1", BAKKER.reference(), NOW, "COVERED_BASIC", List.of()),
				NOW);
		request.recordConsultation(CONSULTANT, NOW);

		OutboxEvent event = only(request, () -> request.writeReport(CONSULTANT, Fixtures.reportWithoutReferral(), NOW));

		assertThat(event.recipients()).containsExactly(TO_ANNA, TO_DEVRIES, TO_BAKKER);
		assertThat(event.recipientGroups()).containsExactly(TREATING);
	}

	@Test
	void anAdvisedTransferIsItsOwnEventAndReachesTheTreatingDoctorByAgbCode() {
		SecondOpinionRequest request = Fixtures.consulted("r1");

		List<OutboxEvent> queued = queuedBy(request, () -> request.writeReport(CONSULTANT, Fixtures.report(true), NOW));

		assertThat(queued).extracting(OutboxEvent::type)
			.containsExactly(EventType.REPORT_AVAILABLE, EventType.TRANSFER_OF_CARE_PROPOSED);
		assertThat(queued.get(0).data()).containsEntry("status", "REPORTED");
		assertThat(queued.get(1).data()).containsEntry("status", "TRANSFER_OF_CARE_PROPOSED");
		assertThat(queued.get(1).recipients()).containsExactly(TO_ANNA, TO_DEVRIES, TO_BAKKER);
		assertThat(queued.get(1).recipientGroups()).containsExactly(TREATING);
		queued.forEach(RequestEventsTest::assertNoMedicalText);
	}

	@Test
	void theTransferDecisionLinksTheTreatingDoctorAndLeavesTheNoteOut() {
		SecondOpinionRequest request = Fixtures.consulted("r1");
		request.writeReport(CONSULTANT, Fixtures.report(true), NOW);

		OutboxEvent event = only(request, () -> request.decideTransfer(SPECIALIST, false, WHY, NOW));

		assertThat(event.type()).isEqualTo(EventType.TRANSFER_OF_CARE_DECIDED);
		assertThat(event.recipients()).containsExactly(TO_ANNA, TO_DEVRIES, TO_JANSEN, TO_BAKKER);
		assertThat(event.recipientGroups()).isEmpty();
		assertThat(event.data()).containsOnly(Map.entry("status", "REPORTED"), Map.entry("accepted", "false"));
	}

	@Test
	void closingTellsThePatientSideTheDoctorsAndTheConsultant() {
		SecondOpinionRequest request = Fixtures.consulted("r1");
		request.writeReport(CONSULTANT, Fixtures.report(false), NOW);

		OutboxEvent event = only(request,
				() -> request.close(PATIENT, ClosingDecision.Kind.CONTINUE_AS_PLANNED, null, WHY, NOW));

		assertThat(event.type()).isEqualTo(EventType.REQUEST_CLOSED);
		assertThat(event.recipients()).containsExactly(TO_ANNA, TO_DEVRIES, TO_BAKKER);
		assertThat(event.recipientGroups()).containsExactly(TREATING);
		assertThat(event.data()).containsOnly(Map.entry("status", "CLOSED"), Map.entry("previousStatus", "REPORTED"));
	}

	@Test
	void whenThePatientAnswersDecisionQuestions_thenNobodyIsTold() {
		SecondOpinionRequest request = Fixtures.consulted("r1");
		request.writeReport(CONSULTANT, Fixtures.report(false), NOW);

		List<OutboxEvent> queued = queuedBy(request, () -> request.answerDecisionQuestions(PATIENT,
				Map.of(DecisionQuestion.TRUST, "High"), Set.of(DecisionQuestion.TRUST), NOW));

		assertThat(queued).isEmpty();
	}

	@Test
	void whenAFollowUpIsAskedAndAnswered_thenTheOtherSideHearsWithoutTheText() {
		SecondOpinionRequest request = Fixtures.consulted("r1");
		request.writeReport(CONSULTANT, Fixtures.report(false), NOW);

		FollowUpQuestion[] asked = new FollowUpQuestion[1];
		OutboxEvent question = only(request,
				() -> asked[0] = request.askFollowUp(PATIENT, "Can I wait a year?", 3, NOW));
		OutboxEvent answer = only(request, () -> request.answerFollowUp(CONSULTANT, asked[0].id(), "Yes.", NOW));

		assertThat(question.type()).isEqualTo(EventType.FOLLOW_UP_ASKED);
		assertThat(question.recipients()).containsExactly(TO_BAKKER);
		assertThat(question.data()).containsEntry("questionId", asked[0].id());
		assertThat(answer.type()).isEqualTo(EventType.FOLLOW_UP_ANSWERED);
		assertThat(answer.recipients()).containsExactly(TO_ANNA, TO_DEVRIES);
		assertThat(answer.recipientGroups()).containsExactly(TREATING);
		assertNoMedicalText(question);
		assertNoMedicalText(answer);
	}

	// -- helpers
	// ---------------------------------------------------------------------------

	private static SecondOpinionRequest byCarla(String patientId) {
		return SecondOpinionRequest.byRepresentative("r1", REPRESENTATIVE, "anna", patientId, Fixtures.details(), NOW);
	}

	private static SecondOpinionRequest consented() {
		SecondOpinionRequest request = byCarla(null);
		request.decideConsent(PATIENT, ANNA.id(), "nl", true, null, NOW);
		return request;
	}

	/** A request of id {@code r1} that went the usual way to {@code status}. */
	private static SecondOpinionRequest in(RequestStatus status) {
		return switch (status) {
			case DRAFT -> Fixtures.draft("r1");
			case AWAITING_PATIENT_CONSENT -> byCarla(null);
			case SUBMITTED -> Fixtures.submitted("r1");
			case REFERRED -> Fixtures.referred("r1");
			case REFERRAL_REFUSED -> {
				SecondOpinionRequest request = Fixtures.submitted("r1");
				request.refuseReferral(GP, REFUSAL, NOW);
				yield request;
			}
			case SELF_REFERRED -> {
				SecondOpinionRequest request = Fixtures.submitted("r1");
				request.selfRefer(PATIENT, NOW);
				yield request;
			}
			case CONSULTANT_ASSIGNED -> Fixtures.assigned("r1");
			case CASE_ACCEPTED -> Fixtures.accepted("r1");
			case CONSULTANT_DECLINED -> {
				SecondOpinionRequest request = Fixtures.assigned("r1");
				request.declineCase(CONSULTANT, WHY, NOW);
				yield request;
			}
			case APPOINTMENT_SCHEDULED -> {
				SecondOpinionRequest request = Fixtures.accepted("r1");
				request.scheduleAppointment(CONSULTANT, new Appointment(NOW.plusSeconds(86400), "room 1",
						BAKKER.reference(), NOW, "COVERED_BASIC", List.of()), NOW);
				yield request;
			}
			case CONSULTED -> Fixtures.consulted("r1");
			case REPORTED -> {
				SecondOpinionRequest request = Fixtures.consulted("r1");
				request.writeReport(CONSULTANT, Fixtures.report(false), NOW);
				yield request;
			}
			case TRANSFER_OF_CARE_PROPOSED -> {
				SecondOpinionRequest request = Fixtures.consulted("r1");
				request.writeReport(CONSULTANT, Fixtures.report(true), NOW);
				yield request;
			}
			case CLOSED, WITHDRAWN, CANCELLED -> throw new IllegalArgumentException("final: " + status);
		};
	}

	/** Takes one step of the table the way the service does. */
	private static void take(SecondOpinionRequest request, Step step) {
		boolean byRepresentative = request.status() == RequestStatus.AWAITING_PATIENT_CONSENT;
		switch (step) {
			case SUBMIT -> request.submit(PATIENT, List.of(), NOW);
			case GIVE_CONSENT -> request.decideConsent(PATIENT, ANNA.id(), "nl", true, WHY, NOW);
			case REFUSE_CONSENT -> request.decideConsent(PATIENT, ANNA.id(), "nl", false, WHY, NOW);
			case ISSUE_REFERRAL -> request.issueReferral(GP, REFERRAL_QUESTION, NOW);
			case REFUSE_REFERRAL -> request.refuseReferral(GP, REFUSAL, NOW);
			case SELF_REFER -> request.selfRefer(PATIENT, NOW);
			case ASSIGN_CONSULTANT -> request.assignConsultant(PATIENT,
					request.hasDeclined(BAKKER_IN_DIRECTORY.id()) ? Fixtures.DEBOER_IN_DIRECTORY : BAKKER_IN_DIRECTORY,
					NOW);
			case ACCEPT_CASE -> request.acceptCase(CONSULTANT, Triage.CONVERSATION_ONLY, null, NOW);
			case DECLINE_CASE -> request.declineCase(CONSULTANT, WHY, NOW);
			case SCHEDULE_APPOINTMENT -> request.scheduleAppointment(CONSULTANT, new Appointment(NOW.plusSeconds(86400),
					"room 1", BAKKER.reference(), NOW, "COVERED_BASIC", List.of()), NOW);
			case RECORD_CONSULTATION -> request.recordConsultation(CONSULTANT, NOW);
			case WRITE_REPORT -> request.writeReport(CONSULTANT, Fixtures.report(false), NOW);
			case PROPOSE_TRANSFER -> throw new IllegalArgumentException("taken by writing a report that advises it");
			case DECIDE_TRANSFER -> request.decideTransfer(SPECIALIST, true, WHY, NOW);
			case CLOSE -> request.close(PATIENT, ClosingDecision.Kind.CONTINUE_AS_PLANNED, null, WHY, NOW);
			case WITHDRAW -> request.withdraw(byRepresentative ? REPRESENTATIVE : PATIENT, WHY, NOW);
			case CANCEL -> request.cancel(CONSULTANT, WHY, NOW);
		}
	}

	private static List<OutboxEvent> queuedBy(SecondOpinionRequest request, Runnable change) {
		int before = request.outbox().size();
		change.run();
		List<OutboxEvent> outbox = request.outbox();
		return outbox.subList(before, outbox.size());
	}

	private static OutboxEvent only(SecondOpinionRequest request, Runnable change) {
		List<OutboxEvent> queued = queuedBy(request, change);
		assertThat(queued).hasSize(1);
		return queued.get(0);
	}

	/**
	 * Codes, dates and ids only: no value that could be free text (the notification
	 * service drops values with whitespace), none of the request's medical text.
	 */
	private static void assertNoMedicalText(OutboxEvent event) {
		assertThat(event.data().values()).allSatisfy((value) -> {
			List<?> values = (value instanceof List<?> list) ? list : List.of(value);
			for (Object each : values) {
				assertThat(String.valueOf(each)).matches("[A-Za-z0-9_.:\\-]{1,64}");
				for (String text : MEDICAL_TEXT) {
					assertThat(String.valueOf(each)).doesNotContainIgnoringCase(text);
				}
			}
		});
	}

}
