package nl.secondopinion.referral.request;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static nl.secondopinion.referral.request.Fixtures.ANNA;
import static nl.secondopinion.referral.request.Fixtures.BAKKER;
import static nl.secondopinion.referral.request.Fixtures.BAKKER_IN_DIRECTORY;
import static nl.secondopinion.referral.request.Fixtures.CARLA;
import static nl.secondopinion.referral.request.Fixtures.DEVRIES;
import static nl.secondopinion.referral.request.Fixtures.JANSEN;
import static nl.secondopinion.referral.request.Fixtures.NOW;
import static nl.secondopinion.referral.request.Fixtures.actor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SecondOpinionRequestTest {

	private static final Actor PATIENT = actor(ANNA, "patient");

	@Nested
	class Draft {

		@Test
		void aNewDraftBelongsToThePatientAndHasNoReferralYet() {
			SecondOpinionRequest draft = Fixtures.draft("r1");

			assertThat(draft.status()).isEqualTo(RequestStatus.DRAFT);
			assertThat(draft.patient().id()).isEqualTo(ANNA.id());
			assertThat(draft.patient().locale()).isEqualTo("nl");
			assertThat(draft.referralStatus()).isEqualTo(ReferralStatus.NONE);
			assertThat(draft.createdAt()).isEqualTo(NOW);
			assertThat(draft.version()).isNull();
			assertThat(draft.unsentEvents()).isEmpty();
		}

		@Test
		void creatingADraftWritesWhoDidItWhenAndTheNewStatusToTheTimeline() {
			assertThat(Fixtures.draft("r1").timeline()).containsExactly(new TimelineEntry(NOW, ANNA.reference(),
					"patient", "DRAFT_CREATED", null, RequestStatus.DRAFT, null, null));
		}

		@Test
		void aBlankSpecialtyIsRejected() {
			RequestDetails details = new RequestDetails(new Question("Is an operation really the only option?"),
					Reason.CONFIRMATION, " ", null, null, null, null);

			assertThatIllegalArgumentException()
				.isThrownBy(() -> SecondOpinionRequest.draft("r1", PATIENT, "nl", details, NOW));
		}

		@Test
		void anInsurerIsKnownByAFourDigitUzoviCode() {
			assertThatIllegalArgumentException().isThrownBy(() -> new InsurerReference("331", null, null));
			assertThatIllegalArgumentException().isThrownBy(() -> new InsurerReference("33a1", null, null));
			assertThat(new InsurerReference("3311", "P-1", null).uzovi()).isEqualTo("3311");
		}

		@Test
		void aCoverageCheckNeedsAnInsurer() {
			RequestDetails details = new RequestDetails(new Question("Is an operation really the only option?"),
					Reason.CONFIRMATION, "neurology", null, null, null, null);
			SecondOpinionRequest withoutInsurer = SecondOpinionRequest.draft("r1", PATIENT, "nl", details, NOW);

			assertThatExceptionOfType(InsurerMissingException.class)
				.isThrownBy(withoutInsurer::insurerForCoverageCheck);
			assertThat(Fixtures.draft("r2").insurerForCoverageCheck().uzovi()).isEqualTo("3311");
		}

	}

	@Nested
	class Submit {

		@Test
		void submittingNeedsTreatingDoctorInsurerAndFacts() {
			RequestDetails bare = new RequestDetails(new Question("Is an operation really the only option?"),
					Reason.CONFIRMATION, "neurology", null, null, null, null);
			SecondOpinionRequest draft = SecondOpinionRequest.draft("r1", PATIENT, "nl", bare, NOW);

			assertThatExceptionOfType(RequestIncompleteException.class)
				.isThrownBy(() -> draft.submit(PATIENT, List.of(), NOW))
				.satisfies((incomplete) -> assertThat(incomplete.missing()).containsOnlyKeys("treatingDoctor",
						"insurer", "facts"));
			assertThat(draft.status()).isEqualTo(RequestStatus.DRAFT);
		}

		@Test
		void submittingRecordsTheTransitionAndQueuesTheEventForThePatient() {
			SecondOpinionRequest request = Fixtures.submitted("r1");

			assertThat(request.status()).isEqualTo(RequestStatus.SUBMITTED);
			assertThat(request.timeline()).last()
				.satisfies((entry) -> assertThat(entry).isEqualTo(new TimelineEntry(NOW, ANNA.reference(), "patient",
						"SUBMIT", RequestStatus.DRAFT, RequestStatus.SUBMITTED, null, null)));
			assertThat(request.unsentEvents()).singleElement().satisfies((event) -> {
				assertThat(event.type()).isEqualTo(EventType.REQUEST_SUBMITTED);
				assertThat(event.requestId()).isEqualTo("r1");
				assertThat(event.recipients()).containsExactly(new OutboxEvent.Recipient(ANNA.id(), "patient"));
				assertThat(event.data()).doesNotContainValue(request.question().text());
			});
			assertThat(request.hasPendingEvents()).isTrue();
		}

		@Test
		void anEarlierRequestAboutTheSameDoctorAndSpecialtyMakesThisARepeat() {
			SecondOpinionRequest earlier = Fixtures.submitted("r0");
			SecondOpinionRequest request = Fixtures.draft("r1");

			request.submit(PATIENT, List.of(earlier, request), NOW);

			assertThat(request.repeatRequest()).isTrue();
			assertThat(request.thirdOpinion()).isFalse();
			assertThat(request.earlierRequestIds()).containsExactly("r0");
		}

		@Test
		void anEarlierReportOnTheSameMatterMakesThisAThirdOpinion() {
			SecondOpinionRequest earlier = Fixtures.consulted("r0");
			earlier.writeReport(actor(BAKKER, "consultant"), Fixtures.report(false), NOW);
			SecondOpinionRequest request = Fixtures.draft("r1");

			request.submit(PATIENT, List.of(earlier), NOW);

			assertThat(request.repeatRequest()).isTrue();
			assertThat(request.thirdOpinion()).isTrue();
		}

		@Test
		void draftsAndOtherDoctorsDoNotCountAsRepeats() {
			SecondOpinionRequest unsentDraft = Fixtures.draft("r0");
			RequestDetails other = new RequestDetails(new Question("Is an operation really the only option?"),
					Reason.CONFIRMATION, "neurology",
					new TreatingDoctor(null, "dr. Other",
							nl.secondopinion.referral.consultant.CareLevel.MEDICAL_SPECIALIST, "neurology", "Elders",
							null, "03999999"),
					null, new InsurerReference("3311", null, null),
					new ClinicalFacts(false, false, false, false, false));
			SecondOpinionRequest otherDoctor = SecondOpinionRequest.draft("r2", PATIENT, "nl", other, NOW);
			otherDoctor.submit(PATIENT, List.of(), NOW);
			SecondOpinionRequest request = Fixtures.draft("r1");

			request.submit(PATIENT, List.of(unsentDraft, otherDoctor), NOW);

			assertThat(request.repeatRequest()).isFalse();
		}

	}

	@Nested
	class Referral {

		@Test
		void aReferralIsValidForTwelveMonthsAndNamesTheReferrer() {
			SecondOpinionRequest request = Fixtures.referred("r1");

			nl.secondopinion.referral.request.Referral referral = request.referral();
			assertThat(referral.status()).isEqualTo(ReferralStatus.PRESENT);
			assertThat(referral.validUntil()).isEqualTo(LocalDate.parse("2027-11-22"));
			assertThat(referral.isValidOn(LocalDate.parse("2027-11-22"))).isTrue();
			assertThat(referral.isValidOn(LocalDate.parse("2027-11-23"))).isFalse();
			assertThat(referral.by()).isEqualTo(DEVRIES.reference());
			assertThat(referral.question()).isEqualTo("Is surgery needed for the hernia at L4-L5?");
			assertThat(request.unsentEvents()).extracting(OutboxEvent::type)
				.containsExactly(EventType.REQUEST_SUBMITTED, EventType.REFERRAL_ISSUED);
		}

		@Test
		void theTreatingSpecialistWhoRefersIsLinkedByAgbCode() {
			SecondOpinionRequest request = Fixtures.submitted("r1");

			request.issueReferral(actor(JANSEN, "specialist"), "Is surgery needed for the hernia?", NOW);

			assertThat(request.treatingDoctor().userId()).isEqualTo(JANSEN.id());
		}

		@Test
		void aRefusalKeepsTheReasonAndLeavesTheWayWithoutReferralOpen() {
			SecondOpinionRequest request = Fixtures.submitted("r1");

			request.refuseReferral(actor(DEVRIES, "gp"), "You asked this three times this year already.", NOW);

			assertThat(request.status()).isEqualTo(RequestStatus.REFERRAL_REFUSED);
			assertThat(request.referral().refusalReason()).isEqualTo("You asked this three times this year already.");
			assertThat(request.timeline()).last()
				.extracting(TimelineEntry::why)
				.isEqualTo("You asked this three times this year already.");
			request.selfRefer(PATIENT, NOW);
			assertThat(request.status()).isEqualTo(RequestStatus.SELF_REFERRED);
			assertThat(request.selfReferred()).isTrue();
		}

		@Test
		void theAppointmentNeedsAReferralQuestionOrSelfReferral() {
			SecondOpinionRequest selfReferred = Fixtures.submitted("r1");
			selfReferred.selfRefer(PATIENT, NOW);
			selfReferred.assignConsultant(PATIENT, BAKKER_IN_DIRECTORY, NOW);
			selfReferred.acceptCase(actor(BAKKER, "consultant"), Triage.CONVERSATION_ONLY, null, NOW);

			selfReferred.checkReadyForAppointment(LocalDate.parse("2026-12-01"));
		}

		@Test
		void anExpiredReferralRefusesTheAppointment() {
			SecondOpinionRequest request = Fixtures.accepted("r1");

			request.checkReadyForAppointment(LocalDate.parse("2027-11-22"));
			assertThatExceptionOfType(AppointmentRefusedException.class)
				.isThrownBy(() -> request.checkReadyForAppointment(LocalDate.parse("2027-11-23")))
				.satisfies((refused) -> assertThat(refused.rule()).isEqualTo("referral-expired"));
		}

		@Test
		void anAppointmentBeforeAConsultantIsAssignedIsAnIllegalTransition() {
			SecondOpinionRequest request = Fixtures.referred("r1");

			assertThatExceptionOfType(IllegalTransitionException.class)
				.isThrownBy(() -> request.checkReadyForAppointment(LocalDate.parse("2026-12-01")))
				.satisfies((refused) -> assertThat(refused.current()).isEqualTo(RequestStatus.REFERRED));
		}

	}

	@Nested
	class Representative {

		private SecondOpinionRequest byCarla() {
			return SecondOpinionRequest.byRepresentative("r1", actor(CARLA, Actor.REPRESENTATIVE), "anna", null,
					Fixtures.details(), NOW);
		}

		@Test
		void aRepresentativesRequestWaitsForThePatientAndAsksHer() {
			SecondOpinionRequest request = byCarla();

			assertThat(request.status()).isEqualTo(RequestStatus.AWAITING_PATIENT_CONSENT);
			assertThat(request.patient().username()).isEqualTo("anna");
			assertThat(request.representatives()).singleElement()
				.satisfies((rep) -> assertThat(rep.consentGiven()).isFalse());
			assertThat(request.unsentEvents()).singleElement()
				.satisfies((event) -> assertThat(event.type()).isEqualTo(EventType.CONSENT_REQUESTED));
		}

		@Test
		void afterConsentTheRequestIsADraftAndTheRepresentativeActsOnBehalfOfThePatient() {
			SecondOpinionRequest request = byCarla();

			request.decideConsent(PATIENT, ANNA.id(), "nl", true, null, NOW);
			request.submit(actor(CARLA, Actor.REPRESENTATIVE), List.of(), NOW);

			assertThat(request.patient().id()).isEqualTo(ANNA.id());
			assertThat(request.representatives()).singleElement()
				.satisfies((rep) -> assertThat(rep.consentGiven()).isTrue());
			assertThat(request.timeline()).extracting(TimelineEntry::what)
				.containsExactly("DRAFT_CREATED", "GIVE_CONSENT", "SUBMIT");
			assertThat(request.timeline()).last().satisfies((entry) -> {
				assertThat(entry.by()).isEqualTo(CARLA.reference());
				assertThat(entry.onBehalfOf()).isEqualTo(ANNA.reference());
			});
			assertThat(request.unsentEvents()).last()
				.satisfies((event) -> assertThat(event.recipients()).containsExactly(
						new OutboxEvent.Recipient(ANNA.id(), "patient"),
						new OutboxEvent.Recipient(CARLA.id(), "representative")));
		}

		@Test
		void refusingConsentCancelsTheRequest() {
			SecondOpinionRequest request = byCarla();

			request.decideConsent(PATIENT, ANNA.id(), "nl", false, "I did not ask for this", NOW);

			assertThat(request.status()).isEqualTo(RequestStatus.CANCELLED);
		}

		@Test
		void consentCanBeWithdrawnLaterButNotGivenTwice() {
			SecondOpinionRequest request = byCarla();
			request.decideConsent(PATIENT, ANNA.id(), "nl", true, null, NOW);

			assertThatExceptionOfType(IllegalTransitionException.class)
				.isThrownBy(() -> request.decideConsent(PATIENT, ANNA.id(), "nl", true, null, NOW));
			request.decideConsent(PATIENT, ANNA.id(), "nl", false, null, NOW);

			assertThat(request.status()).isEqualTo(RequestStatus.DRAFT);
			assertThat(request.representatives()).singleElement()
				.satisfies((rep) -> assertThat(rep.consentGiven()).isFalse());
		}

	}

	@Nested
	class Report {

		@Test
		void aReportMakesItAvailableToThePeopleInvolved() {
			SecondOpinionRequest request = Fixtures.consulted("r1");

			request.writeReport(actor(BAKKER, "consultant"), Fixtures.report(false), NOW);

			assertThat(request.status()).isEqualTo(RequestStatus.REPORTED);
			assertThat(request.unsentEvents()).last().satisfies((event) -> {
				assertThat(event.type()).isEqualTo(EventType.REPORT_AVAILABLE);
				assertThat(event.recipients()).extracting(OutboxEvent.Recipient::userId)
					.containsExactly(ANNA.id(), DEVRIES.id(), BAKKER.id());
			});
		}

		@Test
		void anAdvisedTransferOfCareIsProposedAndDecidedWithTheOwnDoctor() {
			SecondOpinionRequest request = Fixtures.consulted("r1");

			request.writeReport(actor(BAKKER, "consultant"), Fixtures.report(true), NOW);
			assertThat(request.status()).isEqualTo(RequestStatus.TRANSFER_OF_CARE_PROPOSED);
			assertThat(request.unsentEvents()).extracting(OutboxEvent::type)
				.endsWith(EventType.REPORT_AVAILABLE, EventType.TRANSFER_OF_CARE_PROPOSED);

			request.decideTransfer(actor(DEVRIES, "gp"), true, "Referred to UMC Zuid", NOW);
			assertThat(request.status()).isEqualTo(RequestStatus.REPORTED);
			assertThat(request.transferDecision().accepted()).isTrue();
		}

		@Test
		void questionsAndAnswersAreOpenUntilTheCaseIsClosed() {
			SecondOpinionRequest request = Fixtures.consulted("r1");
			assertThatExceptionOfType(IllegalTransitionException.class)
				.isThrownBy(() -> request.askFollowUp(PATIENT, "Can I wait a year?", 3, NOW));
			request.writeReport(actor(BAKKER, "consultant"), Fixtures.report(false), NOW);

			FollowUpQuestion asked = request.askFollowUp(PATIENT, "Can I wait a year?", 3, NOW);
			request.answerFollowUp(actor(BAKKER, "consultant"), asked.id(), "Yes, with a check-up.", NOW);
			request.answerDecisionQuestions(PATIENT, Map.of(DecisionQuestion.TRUST, "High"), Set.of(), NOW);
			request.answerDecisionQuestions(PATIENT,
					Map.of(DecisionQuestion.TRUST, "Very high", DecisionQuestion.TRAVEL, "Far"), Set.of(), NOW);
			request.close(PATIENT, ClosingDecision.Kind.CONTINUE_AS_PLANNED, null, null, NOW);

			assertThat(request.followUpQuestions()).singleElement()
				.satisfies((question) -> assertThat(question.answer()).isEqualTo("Yes, with a check-up."));
			assertThat(request.decisionAnswers()).extracting(DecisionAnswer::answer)
				.containsExactly("Very high", "Far");
			assertThat(request.status()).isEqualTo(RequestStatus.CLOSED);
			assertThatExceptionOfType(IllegalTransitionException.class)
				.isThrownBy(() -> request.askFollowUp(PATIENT, "One more?", 3, NOW));
		}

		@Test
		void noReportWithoutSeeingThePatient() {
			SecondOpinionRequest request = Fixtures.assigned("r1");

			assertThatExceptionOfType(IllegalTransitionException.class)
				.isThrownBy(() -> request.writeReport(actor(BAKKER, "consultant"), Fixtures.report(false), NOW));
		}

	}

	@Nested
	class Context {

		@Test
		void theDossierIsWithTheConsultantFromAssignmentOn() {
			assertThat(Fixtures.referred("r1").isWithConsultant()).isFalse();
			assertThat(Fixtures.assigned("r1").isWithConsultant()).isTrue();
			SecondOpinionRequest withdrawn = Fixtures.assigned("r2");
			withdrawn.withdraw(PATIENT, null, NOW);
			assertThat(withdrawn.isWithConsultant()).isFalse();
		}

		@Test
		void assigningQueuesAnEventForTheSitesIntakeCoordinators() {
			assertThat(Fixtures.assigned("r1").unsentEvents()).last().satisfies((event) -> {
				assertThat(event.type()).isEqualTo(EventType.CONSULTANT_ASSIGNED);
				assertThat(event.recipientGroups()).contains(OutboxEvent.RecipientGroup.intakeCoordinators("UMC Zuid"));
			});
		}

	}

}
