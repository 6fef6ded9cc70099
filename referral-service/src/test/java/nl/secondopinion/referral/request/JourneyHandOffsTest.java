package nl.secondopinion.referral.request;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import nl.secondopinion.support.time.WorkingDays;

import static nl.secondopinion.referral.request.Fixtures.ANNA;
import static nl.secondopinion.referral.request.Fixtures.BAKKER;
import static nl.secondopinion.referral.request.Fixtures.BAKKER_IN_DIRECTORY;
import static nl.secondopinion.referral.request.Fixtures.NOW;
import static nl.secondopinion.referral.request.Fixtures.actor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The rules of the hand-offs between the people of a case, each in its one home. */
class JourneyHandOffsTest {

	private static final Actor PATIENT = actor(ANNA, "patient");

	private static final Actor CONSULTANT = actor(BAKKER, "consultant");

	@Nested
	class CaseAcceptance {

		@Test
		void whenTheConsultantDeclines_thenThePatientChoosesAgainWithoutHim() {
			SecondOpinionRequest request = Fixtures.assigned("r1");

			request.declineCase(CONSULTANT, "My agenda is full until spring.", NOW);

			assertThat(request.status()).isEqualTo(RequestStatus.CONSULTANT_DECLINED);
			assertThat(request.consultant()).isNull();
			assertThat(request.declines()).singleElement()
				.satisfies((decline) -> assertThat(decline.reason()).isEqualTo("My agenda is full until spring."));
			assertThatExceptionOfType(RuleViolationException.class)
				.isThrownBy(() -> request.assignConsultant(PATIENT, BAKKER_IN_DIRECTORY, NOW))
				.satisfies((refused) -> assertThat(refused.slug()).isEqualTo("consultant-declined"));
			request.assignConsultant(PATIENT, Fixtures.DEBOER_IN_DIRECTORY, NOW);
			assertThat(request.status()).isEqualTo(RequestStatus.CONSULTANT_ASSIGNED);
		}

		@Test
		void whenTheCaseIsNotAcceptedYet_thenNoAppointmentCanBeMade() {
			SecondOpinionRequest request = Fixtures.assigned("r1");

			assertThatExceptionOfType(IllegalTransitionException.class)
				.isThrownBy(() -> request.checkReadyForAppointment(LocalDate.parse("2026-12-01")));
			request.acceptCase(CONSULTANT, Triage.ADDITIONAL_DIAGNOSTICS_FIRST, "An EMG first.", NOW);
			request.checkReadyForAppointment(LocalDate.parse("2026-12-01"));
			assertThat(request.acceptance().triage()).isEqualTo(Triage.ADDITIONAL_DIAGNOSTICS_FIRST);
		}

		@Test
		void whenThePatientAsksForANewExamination_thenItIsRecordedOnlyOnceTheCaseIsAccepted() {
			SecondOpinionRequest assigned = Fixtures.assigned("r1");
			assertThatExceptionOfType(IllegalTransitionException.class)
				.isThrownBy(() -> assigned.requestNewExamination(PATIENT, "The MRI was blurred.", NOW));

			SecondOpinionRequest accepted = Fixtures.accepted("r2");
			accepted.requestNewExamination(PATIENT, "The MRI was blurred.", NOW);
			assertThat(accepted.newExaminationRequests()).hasSize(1);
		}

	}

	@Nested
	class Refusal {

		@Test
		void whenADoctorRefusesWithoutASubstantiatedReason_thenTheAggregateRefusesTheRefusal() {
			SecondOpinionRequest request = Fixtures.submitted("r1");
			Actor gp = actor(Fixtures.DEVRIES, "gp");

			assertThatExceptionOfType(RuleViolationException.class)
				.isThrownBy(() -> request.refuseReferral(gp, "No.", NOW))
				.satisfies((refused) -> {
					assertThat(refused.slug()).isEqualTo("refusal-not-substantiated");
					assertThat(refused.detail()).contains("must contain at least 3 words");
				});
			assertThat(request.status()).isEqualTo(RequestStatus.SUBMITTED);
			request.refuseReferral(gp, "She asked for this same opinion three times this year.", NOW);
			assertThat(request.status()).isEqualTo(RequestStatus.REFERRAL_REFUSED);
		}

	}

	@Nested
	class Coverage {

		private static Optional<CoverageDecisions.Decision> decided(String decision) {
			return Optional.of(new CoverageDecisions.Decision(decision, NOW));
		}

		@Test
		void whenTheInsurerCovers_thenNoChoiceIsNeeded() {
			CoverageGate.check(decided("COVERED_BASIC"), null);
			CoverageGate.check(decided("COVERED_SUPPLEMENTARY"), null);
		}

		@Test
		void whenNotCoveredUncertainPendingOrUnchecked_thenThePatientMustChooseFirst() {
			for (Optional<CoverageDecisions.Decision> latest : List.of(decided("NOT_COVERED"), decided("UNCERTAIN"),
					decided("PENDING"), Optional.<CoverageDecisions.Decision>empty())) {
				assertThatExceptionOfType(AppointmentRefusedException.class)
					.isThrownBy(() -> CoverageGate.check(latest, null))
					.satisfies((refused) -> assertThat(refused.rule()).isEqualTo("coverage-choice-needed"));
				CoverageGate.check(latest,
						new CoverageChoice(CoverageChoice.Kind.CARE_COST_TEAM_CONTACTED, ANNA.reference(), NOW));
			}
		}

	}

	@Nested
	class Report {

		@Test
		void whenTheReferralStatesAQuestion_thenTheReportMustAnswerItToo() {
			SecondOpinionRequest request = Fixtures.consulted("r1");
			nl.secondopinion.referral.request.Report patientOnly = Fixtures.reportWithoutReferral();

			assertThatExceptionOfType(RuleViolationException.class)
				.isThrownBy(() -> request.writeReport(CONSULTANT, patientOnly, NOW))
				.satisfies((refused) -> {
					assertThat(refused.slug()).isEqualTo("report-question-unanswered");
					assertThat(refused.details()).containsEntry("missing", List.of("REFERRAL_QUESTION"));
				});
			request.writeReport(CONSULTANT, Fixtures.report(false), NOW);
			assertThat(request.report().impact()).isEqualTo(ReportImpact.TREATMENT_CHANGED);
		}

		@Test
		void whenATransferIsAdvisedWithoutSayingWhy_thenTheReportIsRefused() {
			SecondOpinionRequest request = Fixtures.consulted("r1");
			nl.secondopinion.referral.request.Report advised = Fixtures.report(true);
			nl.secondopinion.referral.request.Report silent = new nl.secondopinion.referral.request.Report(
					advised.outcome(), advised.answers(), advised.impact(), advised.findings(),
					advised.recommendations(), advised.alternativeTreatmentOptions(), true, " ", BAKKER.reference(),
					NOW);

			assertThatExceptionOfType(RuleViolationException.class)
				.isThrownBy(() -> request.writeReport(CONSULTANT, silent, NOW))
				.satisfies((refused) -> assertThat(refused.slug()).isEqualTo("transfer-advice-missing"));
		}

		@Test
		void whenTheLimitOfFollowUpQuestionsIsReached_thenTheNextIsRefused() {
			SecondOpinionRequest request = Fixtures.consulted("r1");
			request.writeReport(CONSULTANT, Fixtures.report(false), NOW);
			request.askFollowUp(PATIENT, "Can I wait a year?", 2, NOW);
			request.askFollowUp(PATIENT, "May I still cycle?", 2, NOW);

			assertThatExceptionOfType(RuleViolationException.class)
				.isThrownBy(() -> request.askFollowUp(PATIENT, "And swim?", 2, NOW))
				.satisfies((refused) -> assertThat(refused.slug()).isEqualTo("follow-up-limit"));
		}

	}

	@Nested
	class Closing {

		@Test
		void whenCareIsTransferred_thenTheDayItIsTakenOverIsNeeded() {
			SecondOpinionRequest request = Fixtures.consulted("r1");
			request.writeReport(CONSULTANT, Fixtures.report(false), NOW);

			assertThatExceptionOfType(RuleViolationException.class)
				.isThrownBy(() -> request.close(PATIENT, ClosingDecision.Kind.TRANSFER_OF_CARE, null, null, NOW))
				.satisfies((refused) -> assertThat(refused.slug()).isEqualTo("transfer-date-needed"));
			assertThatExceptionOfType(RuleViolationException.class)
				.isThrownBy(() -> request.close(PATIENT, ClosingDecision.Kind.NEW_PATH, LocalDate.parse("2027-01-04"),
						null, NOW))
				.satisfies((refused) -> assertThat(refused.slug()).isEqualTo("transfer-date-unexpected"));
			request.close(PATIENT, ClosingDecision.Kind.TRANSFER_OF_CARE, LocalDate.parse("2027-01-04"), null, NOW);

			assertThat(request.closing().careTakenOverOn()).isEqualTo(LocalDate.parse("2027-01-04"));
			assertThat(request.closedAt()).isEqualTo(NOW);
		}

	}

	@Nested
	class RecordsChase {

		private final RecordsPolicy everyTenSeconds = new RecordsPolicy(Duration.ofDays(5), Duration.ofSeconds(10), 1,
				Duration.ofMinutes(5), new WorkingDays(Set.of()));

		private final List<DossierChecklists.Item> correspondenceMissing = List
			.of(new DossierChecklists.Item("CORRESPONDENCE", "", "", RecordHolder.TREATING_DOCTOR, null));

		private List<EventType> typesQueuedBy(SecondOpinionRequest request, Runnable run) {
			int before = request.outbox().size();
			run.run();
			return request.outbox().subList(before, request.outbox().size()).stream().map(OutboxEvent::type).toList();
		}

		@Test
		void whenAnItemStaysMissing_thenTheHolderIsAskedOnceRemindedThenThePatientIsToldWhoIsLate() {
			SecondOpinionRequest request = Fixtures.referred("r1");

			assertThat(typesQueuedBy(request,
					() -> request.chaseRecords(this.correspondenceMissing, this.everyTenSeconds, NOW)))
				.containsExactly(EventType.RECORDS_REQUESTED);
			assertThat(typesQueuedBy(request,
					() -> request.chaseRecords(this.correspondenceMissing, this.everyTenSeconds, NOW.plusSeconds(5))))
				.isEmpty();
			assertThat(typesQueuedBy(request,
					() -> request.chaseRecords(this.correspondenceMissing, this.everyTenSeconds, NOW.plusSeconds(10))))
				.containsExactly(EventType.RECORDS_REMINDER);
			assertThat(typesQueuedBy(request,
					() -> request.chaseRecords(this.correspondenceMissing, this.everyTenSeconds, NOW.plusSeconds(20))))
				.containsExactly(EventType.RECORDS_OVERDUE);
			assertThat(typesQueuedBy(request,
					() -> request.chaseRecords(this.correspondenceMissing, this.everyTenSeconds, NOW.plusSeconds(60))))
				.isEmpty();
		}

		@Test
		void whenTheHolderIsTheTreatingDoctor_thenTheRequestStatesTheLegalDutyAndTheDueDateInWorkingDays() {
			SecondOpinionRequest request = Fixtures.referred("r1");
			// Asked on Sunday 22 November: counting starts Monday 23, five working days
			// later is Monday 30.
			request.chaseRecords(this.correspondenceMissing, this.everyTenSeconds, NOW);

			OutboxEvent asked = request.unsentEvents().get(request.unsentEvents().size() - 1);
			assertThat(asked.data()).containsEntry("legalDuty", "true")
				.containsEntry("holder", "TREATING_DOCTOR")
				.containsEntry("items", List.of("CORRESPONDENCE"))
				.containsEntry("dueDate", "2026-11-30");
			assertThat(asked.recipientGroups()).containsExactly(OutboxEvent.RecipientGroup.clinician("03000002"));
		}

		@Test
		void whenThePatientChoseNotToInformTheTreatingDoctor_thenThePatientIsAskedForTheRecords() {
			RequestDetails details = Fixtures.details();
			RequestDetails withoutDoctor = new RequestDetails(details.question(), details.reason(), details.specialty(),
					details.treatingDoctor(), details.generalPractitioner(), details.insurer(), details.facts(), false);
			SecondOpinionRequest request = SecondOpinionRequest.draft("r1", PATIENT, "nl", withoutDoctor, NOW);
			request.submit(PATIENT, List.of(), NOW);

			request.chaseRecords(this.correspondenceMissing, this.everyTenSeconds, NOW);

			OutboxEvent asked = request.unsentEvents().get(request.unsentEvents().size() - 1);
			assertThat(asked.data()).containsEntry("holder", "PATIENT").containsEntry("legalDuty", "false");
			assertThat(asked.recipients()).extracting(OutboxEvent.Recipient::userId).containsExactly(ANNA.id());
		}

		@Test
		void whenTheItemArrives_thenTheChaseForgetsIt() {
			SecondOpinionRequest request = Fixtures.referred("r1");
			request.chaseRecords(this.correspondenceMissing, this.everyTenSeconds, NOW);

			assertThat(typesQueuedBy(request,
					() -> request.chaseRecords(List.of(), this.everyTenSeconds, NOW.plusSeconds(30))))
				.isEmpty();
			assertThat(request.recordsChase().asks()).isEmpty();
		}

	}

	@Nested
	class Clock {

		private final JourneyProperties.Targets targets = new JourneyProperties.Targets(Duration.ofDays(14),
				Duration.ofDays(28), Duration.ofDays(14));

		@Test
		void whenThePhaseRunsPastItsTarget_thenItIsOverdue() {
			SecondOpinionRequest request = Fixtures.referred("r1");
			Instant later = NOW.plus(Duration.ofDays(15));

			CaseClock clock = CaseClock.of(request, this.targets, later);

			assertThat(clock.daysSinceSubmission()).isEqualTo(15);
			assertThat(clock.phases()).extracting(CaseClock.Phase::name, CaseClock.Phase::overdue)
				.containsExactly(org.assertj.core.groups.Tuple.tuple(CaseClock.PhaseName.DOSSIER_COMPLETE, true),
						org.assertj.core.groups.Tuple.tuple(CaseClock.PhaseName.APPOINTMENT, false),
						org.assertj.core.groups.Tuple.tuple(CaseClock.PhaseName.REPORT, false));
			assertThat(clock.overdue()).isTrue();
		}

		@Test
		void whenTheRequestIsWithdrawn_thenTheClockStopsAndNothingIsOverdue() {
			SecondOpinionRequest request = Fixtures.referred("r1");
			request.withdraw(PATIENT, null, NOW.plus(Duration.ofDays(2)));

			CaseClock clock = CaseClock.of(request, this.targets, NOW.plus(Duration.ofDays(40)));

			assertThat(clock.daysSinceSubmission()).isEqualTo(2);
			assertThat(clock.overdue()).isFalse();
		}

	}

}
