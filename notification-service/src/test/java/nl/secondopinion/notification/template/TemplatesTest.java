package nl.secondopinion.notification.template;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import nl.secondopinion.notification.event.EventType;

import static org.assertj.core.api.Assertions.assertThat;

class TemplatesTest {

	private static final String LINK = "https://portal.example/requests/0f3c5b1e-5a52-4d7e-9d55-9a1e2b3c4d5e";

	/** The id of an item a consultant asked for; its title never travels in an event. */
	private static final String ITEM = "9b2f4e6a-1c3d-4e5f-8a7b-6c5d4e3f2a1b";

	/**
	 * Data as a careless producer might send it: every value here is medical or
	 * identifying and must never reach a mail or text message.
	 */
	private static final Map<String, Object> MEDICAL_DATA = Map.ofEntries(
			Map.entry("missingItems", List.of("HISTORY_LETTER", "IMAGING_STUDY", "PATHOLOGY_REPORT")),
			Map.entry("decision", "NOT_COVERED"), Map.entry("appointmentAt", "2026-12-01T09:30:00Z"),
			Map.entry("validUntil", "2027-11-23"),
			Map.entry("question", "Is an operation really the only option for my hernia?"),
			Map.entry("diagnosis", "lumbar disc herniation L5-S1"),
			Map.entry("documentName", "MRI-lumbale-wervelkolom-anna.pdf"),
			Map.entry("reportText", "Advies: conservatieve behandeling"), Map.entry("consultantId", "c-bakker"),
			Map.entry("triage", "ADDITIONAL_DIAGNOSTICS"), Map.entry("questionId", "q-7d1e2c"),
			Map.entry("choice", "SELF_PAY_ACCEPTED"),
			Map.entry("items", List.of("HISTORY_LETTER", "ADDITIONAL:" + ITEM)), Map.entry("holder", "TREATING_DOCTOR"),
			Map.entry("dueDate", "2026-12-18"), Map.entry("legalDuty", true), Map.entry("reminder", 2),
			Map.entry("itemId", "ADDITIONAL:" + ITEM), Map.entry("grantId", "g-5a52b1"));

	/**
	 * Codes and ids the inbox must put into words or leave out, never show as they are.
	 */
	private static final List<String> RAW_CODES = List.of(ITEM, "ADDITIONAL", "HISTORY_LETTER", "TREATING_DOCTOR",
			"ADDITIONAL_DIAGNOSTICS", "SELF_PAY_ACCEPTED", "NOT_COVERED", "c-bakker", "q-7d1e2c", "g-5a52b1");

	/** Words that would tell a reader of the mail something about the case. */
	private static final List<String> FORBIDDEN = List.of("hernia", "herniation", "operation", "operatie", "diagnos",
			"mri", "lumbal", "conservatie", "behandeling", "treatment", "imaging", "beeld", "scan", "patholog",
			"letter", "brief", "report", "verslag", "document", "dossier", "referral", "verwijz", "coverage", "vergoed",
			"covered", "insurer", "verzekeraar", "appointment", "afspraak", "consultant", "consulent", "mediation",
			"bemiddeling", "transfer", "overdracht", "consent", "toestemming", "2026", "2027", "missing", "ontbreek",
			"neurolog", "anna");

	static Stream<Arguments> everyTypeInBothLanguages() {
		return Stream.of(EventType.values())
			.flatMap((type) -> Stream.of(Language.values()).map((language) -> Arguments.of(type, language)));
	}

	@Nested
	class Inbox {

		@ParameterizedTest(name = "{0} in {1}")
		@MethodSource("nl.secondopinion.notification.template.TemplatesTest#everyTypeInBothLanguages")
		void everyEventHasATitleAndBodyThatNeverEchoFreeText(EventType type, Language language) {
			Message message = Templates.inbox(type, language, MEDICAL_DATA);

			assertThat(message.title()).isNotBlank();
			assertThat(message.body()).isNotBlank().endsWith(".");
			String all = (message.title() + " " + message.body()).toLowerCase(Locale.ROOT);
			assertThat(all).doesNotContain("hernia", "herniation", "l5-s1", ".pdf", "conservatieve", "only option");
			assertThat(message.title() + " " + message.body()).doesNotContain(RAW_CODES);
		}

		@ParameterizedTest(name = "{0}")
		@MethodSource("nl.secondopinion.notification.template.TemplatesTest#types")
		void dutchAndEnglishDiffer(EventType type) {
			assertThat(Templates.inbox(type, Language.NL, Map.of()))
				.isNotEqualTo(Templates.inbox(type, Language.EN, Map.of()));
		}

		@Test
		void missingDocumentsAreNamedByKindInTheReadersLanguage() {
			Map<String, Object> data = Map.of("missingItems", List.of("HISTORY_LETTER", "IMAGING_STUDY"));

			assertThat(Templates.inbox(EventType.DOCUMENTS_MISSING, Language.NL, data).body())
				.contains("brief over de medische voorgeschiedenis, beeldmateriaal (scans)");
			assertThat(Templates.inbox(EventType.DOCUMENTS_MISSING, Language.EN, data).body())
				.contains("letter on the medical history, imaging (scans)");
		}

		@Test
		void anUnknownDocumentCodeIsNotEchoed() {
			Map<String, Object> data = Map.of("missingItems", List.of("SCAN_OF_ANNAS_KNEE"));

			assertThat(Templates.inbox(EventType.DOCUMENTS_MISSING, Language.EN, data).body())
				.contains("other document")
				.doesNotContain("SCAN_OF_ANNAS_KNEE");
		}

		@Test
		void continuingWithoutReferralSaysThatReimbursementIsUnlikely() {
			assertThat(Templates.inbox(EventType.SELF_REFERRED, Language.NL, Map.of()).body())
				.contains("zonder verwijzing")
				.contains("waarschijnlijk niet vergoed");
			assertThat(Templates.inbox(EventType.SELF_REFERRED, Language.EN, Map.of()).body())
				.contains("without a referral")
				.contains("unlikely to be reimbursed");
		}

		@Test
		void thePatientsDecisionsOnARepresentativesRequestAreDistinct() {
			for (Language language : Language.values()) {
				assertThat(Stream.of(EventType.CONSENT_GIVEN, EventType.CONSENT_REFUSED, EventType.CONSENT_WITHDRAWN)
					.map((type) -> Templates.inbox(type, language, Map.of()).title())
					.distinct()).hasSize(3);
			}
			assertThat(Templates.inbox(EventType.CONSENT_WITHDRAWN, Language.NL, Map.of()).title())
				.isEqualTo("Toestemming ingetrokken");
			assertThat(Templates.inbox(EventType.CONSENT_REFUSED, Language.EN, Map.of()).title())
				.isEqualTo("Consent refused");
		}

		@Test
		void theCoverageDecisionAndAppointmentTimeAreShownInDutchTime() {
			assertThat(Templates.inbox(EventType.COVERAGE_DECIDED, Language.NL, Map.of("decision", "COVERED_BASIC"))
				.body()).contains("vergoed uit de basisverzekering");
			assertThat(Templates
				.inbox(EventType.APPOINTMENT_SCHEDULED, Language.EN, Map.of("appointmentAt", "2026-12-01T09:30:00Z"))
				.body()).contains("1 December 2026 at 10:30");
			assertThat(Templates
				.inbox(EventType.APPOINTMENT_SCHEDULED, Language.NL, Map.of("appointmentAt", "2026-12-01T09:30:00Z"))
				.body()).contains("1 december 2026 om 10:30");
		}

	}

	static Stream<EventType> types() {
		return Stream.of(EventType.values());
	}

	static final List<EventType> JOURNEY_TYPES = List.of(EventType.CONSULTANT_ACCEPTED, EventType.CONSULTANT_DECLINED,
			EventType.NEW_EXAMINATION_REQUESTED, EventType.FOLLOW_UP_ASKED, EventType.FOLLOW_UP_ANSWERED,
			EventType.COVERAGE_CHOICE_RECORDED, EventType.RECORDS_REQUESTED, EventType.RECORDS_REMINDER,
			EventType.RECORDS_OVERDUE, EventType.INFORMATION_REQUESTED, EventType.GRANT_REVOKED);

	/**
	 * Every journey type × language × holder, also without holder or with an unknown one.
	 */
	static Stream<Arguments> journeyTypesForEveryHolder() {
		return JOURNEY_TYPES.stream()
			.flatMap((type) -> Stream.of(Language.values())
				.flatMap((language) -> Stream.of("PATIENT", "TREATING_DOCTOR", "GP", "", "DR_JANSEN_NOORD")
					.map((holder) -> Arguments.of(type, language, holder))));
	}

	static Stream<Arguments> recordsAskedOfADoctor() {
		return Stream.of(EventType.RECORDS_REQUESTED, EventType.RECORDS_REMINDER)
			.flatMap((type) -> Stream.of("TREATING_DOCTOR", "GP").map((holder) -> Arguments.of(type, holder)));
	}

	@Nested
	class JourneyInbox {

		private static final String LEGAL_DUTY_NL = "Als behandelend arts bent u wettelijk verplicht (WGBO) de "
				+ "medische gegevens van uw patiënt voor een second opinion over te dragen, ook als u een verwijzing "
				+ "heeft geweigerd.";

		private static final String LEGAL_DUTY_EN = "As a treating doctor you are legally obliged (WGBO) to hand over "
				+ "your patient's medical data for a second opinion, also if you refused a referral.";

		private static Map<String, Object> records(String holder) {
			return Map.of("items", List.of("HISTORY_LETTER", "ADDITIONAL:" + ITEM), "holder", holder, "dueDate",
					"2026-12-18", "reminder", 2, "itemId", "ADDITIONAL:" + ITEM, "legalDuty", true);
		}

		@ParameterizedTest(name = "{0} in {1}, holder {2}")
		@MethodSource("nl.secondopinion.notification.template.TemplatesTest#journeyTypesForEveryHolder")
		void whenAJourneyEventNamesAnyHolder_thenBothLanguagesSayItInWordsWithoutCodesIdsOrFreeText(EventType type,
				Language language, String holder) {
			Map<String, Object> data = new java.util.HashMap<>(MEDICAL_DATA);
			data.put("holder", holder);

			Message message = Templates.inbox(type, language, data);

			assertThat(message.title()).isNotBlank();
			assertThat(message.body()).isNotBlank().endsWith(".");
			assertThat(message.title() + " " + message.body()).doesNotContain(RAW_CODES)
				.doesNotContain("DR_JANSEN_NOORD", "hernia", "L5-S1", ".pdf", "conservatieve", "only option");
		}

		@ParameterizedTest(name = "{0} to {1}")
		@MethodSource("nl.secondopinion.notification.template.TemplatesTest#recordsAskedOfADoctor")
		void whenRecordsAreAskedOfADoctor_thenBothLanguagesStateTheLegalDuty(EventType type, String holder) {
			assertThat(Templates.inbox(type, Language.NL, records(holder)).body()).endsWith(LEGAL_DUTY_NL);
			assertThat(Templates.inbox(type, Language.EN, records(holder)).body()).endsWith(LEGAL_DUTY_EN);
		}

		@Test
		void whenRecordsAreAskedOfThePatient_thenTheyAreAddressedAndNoDoctorsDutyIsStated() {
			for (EventType type : List.of(EventType.RECORDS_REQUESTED, EventType.RECORDS_REMINDER)) {
				assertThat(Templates.inbox(type, Language.NL, records("PATIENT")).body())
					.contains("Voor de second opinion wordt u gevraagd aan te leveren: ")
					.doesNotContain("WGBO");
				assertThat(Templates.inbox(type, Language.EN, records("PATIENT")).body())
					.contains("For the second opinion you are asked to provide: ")
					.doesNotContain("WGBO");
			}
		}

		@Test
		void whenRecordsAreRequested_thenTheItemsAndTheDueDateAreNamedInTheReadersLanguage() {
			assertThat(Templates.inbox(EventType.RECORDS_REQUESTED, Language.NL, records("GP")).body()).startsWith(
					"Voor de second opinion van uw patiënt wordt u gevraagd aan te leveren: brief over de medische "
							+ "voorgeschiedenis, een aanvullend gevraagd stuk. Graag uiterlijk 18 december 2026. ");
			assertThat(Templates.inbox(EventType.RECORDS_REQUESTED, Language.EN, records("TREATING_DOCTOR")).body())
				.startsWith("For your patient's second opinion you are asked to provide: letter on the medical "
						+ "history, an additionally requested document. Please do so by 18 December 2026. ");
		}

		@Test
		void whenItemsHoldSeveralAdditionalOnes_thenTheyAreCountedNotNamed() {
			Map<String, Object> data = Map.of("items",
					List.of("ADDITIONAL:" + ITEM, "ADDITIONAL:1d2c3b4a-0000-4000-8000-000000000001", "MRSA_SCREENING"),
					"holder", "PATIENT");

			assertThat(Templates.inbox(EventType.RECORDS_REQUESTED, Language.NL, data).body())
				.contains(": MRSA-screening, 2 aanvullend gevraagde stukken.");
			assertThat(Templates.inbox(EventType.RECORDS_REQUESTED, Language.EN, data).body())
				.contains(": MRSA screening, 2 additionally requested documents.");
			assertThat(Templates
				.inbox(EventType.DOCUMENTS_MISSING, Language.EN,
						Map.of("missingItems", List.of("REFERRAL_LETTER", "ADDITIONAL:" + ITEM)))
				.body()).contains("The dossier still lacks: referral letter, an additionally requested document.");
		}

		@Test
		void whenAReminderIsSent_thenItsNumberIsShown() {
			assertThat(Templates.inbox(EventType.RECORDS_REMINDER, Language.NL, records("PATIENT")).body())
				.startsWith("Dit is de 2e herinnering. Voor de second opinion wordt u gevraagd");
			assertThat(Templates.inbox(EventType.RECORDS_REMINDER, Language.EN, records("PATIENT")).body())
				.startsWith("This is the 2nd reminder. For the second opinion you are asked");
			assertThat(Templates.inbox(EventType.RECORDS_REMINDER, Language.EN, Map.of("reminder", 3)).body())
				.startsWith("This is the 3rd reminder.");
			assertThat(Templates.inbox(EventType.RECORDS_REMINDER, Language.EN, Map.of("reminder", 11)).body())
				.startsWith("This is the 11th reminder.");
			assertThat(Templates.inbox(EventType.RECORDS_REMINDER, Language.NL, Map.of()).body())
				.startsWith("Dit is een herinnering.");
		}

		@Test
		void whenRecordsAreOverdue_thenThePatientReadsWhoIsLateWithWhatAndSinceWhen() {
			assertThat(Templates.inbox(EventType.RECORDS_OVERDUE, Language.NL, records("GP")).body())
				.isEqualTo("Nog niet aangeleverd door uw huisarts: brief over de medische voorgeschiedenis, "
						+ "een aanvullend gevraagd stuk. De uiterste datum was 18 december 2026. "
						+ "Log in om te zien wat u kunt doen.");
			assertThat(Templates.inbox(EventType.RECORDS_OVERDUE, Language.NL, records("TREATING_DOCTOR")).body())
				.startsWith("Nog niet aangeleverd door uw behandelend arts: ");
			assertThat(Templates.inbox(EventType.RECORDS_OVERDUE, Language.NL, records("PATIENT")).body())
				.startsWith("Nog niet aangeleverd door u zelf: ");
			assertThat(Templates.inbox(EventType.RECORDS_OVERDUE, Language.EN, records("TREATING_DOCTOR")).body())
				.isEqualTo("Not yet provided by your treating doctor: letter on the medical history, "
						+ "an additionally requested document. The due date was 18 December 2026. "
						+ "Log in to see what you can do next.");
		}

		@Test
		void whenAnAdditionalItemIsAskedOfADoctor_thenPatientAndDoctorReadWhoMustDeliverItInTheThirdPerson() {
			assertThat(Templates.inbox(EventType.INFORMATION_REQUESTED, Language.NL, records("TREATING_DOCTOR")).body())
				.isEqualTo("Voor de second opinion is aanvullende informatie gevraagd: een aanvullend gevraagd stuk, "
						+ "aan te leveren door de behandelend arts. De uiterste datum is 18 december 2026. "
						+ "Log in om te zien wat er gevraagd is.");
			assertThat(Templates.inbox(EventType.INFORMATION_REQUESTED, Language.EN, records("GP")).body())
				.startsWith("Additional information has been requested for the second opinion: an additionally "
						+ "requested document, to be provided by the general practitioner.");
			assertThat(Templates.inbox(EventType.INFORMATION_REQUESTED, Language.NL, records("PATIENT")).body())
				.startsWith("Voor de second opinion wordt u gevraagd aan te leveren: een aanvullend gevraagd stuk.");
		}

		@Test
		void whenTheConsultantAcceptsOrACoverageChoiceIsRecorded_thenTheCodesAreSaidInPlainWords() {
			assertThat(
					Templates.inbox(EventType.CONSULTANT_ACCEPTED, Language.NL, Map.of("triage", "CONVERSATION_ONLY"))
						.body())
				.endsWith("De second opinion bestaat uit een gesprek, zonder aanvullend onderzoek.");
			assertThat(Templates
				.inbox(EventType.CONSULTANT_ACCEPTED, Language.EN, Map.of("triage", "ADDITIONAL_DIAGNOSTICS"))
				.body()).endsWith("Additional diagnostics are needed besides the consultation.");
			assertThat(Templates.inbox(EventType.CONSULTANT_ACCEPTED, Language.EN, Map.of("triage", "SOMETHING_NEW"))
				.body()).isEqualTo("The doctor giving the second opinion has accepted the request.");
			assertThat(Templates
				.inbox(EventType.COVERAGE_CHOICE_RECORDED, Language.NL, Map.of("choice", "CARE_COST_TEAM_CONTACTED"))
				.body()).isEqualTo(
						"De keuze over de kosten is vastgelegd: de patiënt heeft contact opgenomen met het Team Zorgkosten.");
			assertThat(Templates
				.inbox(EventType.COVERAGE_CHOICE_RECORDED, Language.EN, Map.of("choice", "SELF_PAY_ACCEPTED"))
				.body()).isEqualTo(
						"The choice about the costs has been recorded: the patient pays for the second opinion themselves.");
			assertThat(
					Templates.inbox(EventType.COVERAGE_CHOICE_RECORDED, Language.EN, Map.of("choice", "BARTER")).body())
				.doesNotContain("BARTER")
				.endsWith("see the request.");
		}

	}

	@Nested
	class EmailAndSms {

		@ParameterizedTest(name = "{1}")
		@MethodSource("nl.secondopinion.notification.template.TemplatesTest#everyTypeInBothLanguages")
		void anEmailSaysOnlyThatThereIsNewsAndWhereToLogIn(EventType type, Language language) {
			Message mail = Templates.email(language, LINK);

			assertThat(mail.body()).contains(LINK);
			assertNoMedicalContent(mail.title() + "\n" + mail.body().replace(LINK, ""));
		}

		@ParameterizedTest(name = "{1}")
		@MethodSource("nl.secondopinion.notification.template.TemplatesTest#everyTypeInBothLanguages")
		void anSmsSaysOnlyThatThereIsNewsAndWhereToLogIn(EventType type, Language language) {
			String sms = Templates.sms(language, LINK);

			assertThat(sms).contains(LINK);
			assertThat(sms.replace(LINK, "")).hasSizeLessThanOrEqualTo(100);
			assertNoMedicalContent(sms.replace(LINK, ""));
		}

		@Test
		void theEmailIsInTheReadersLanguage() {
			assertThat(Templates.email(Language.NL, LINK).title()).isEqualTo("Nieuw bericht van Second Opinion");
			assertThat(Templates.email(Language.NL, LINK).body()).contains("Log in om het te lezen");
			assertThat(Templates.email(Language.EN, LINK).title()).isEqualTo("New message from Second Opinion");
			assertThat(Templates.email(Language.EN, LINK).body()).contains("Log in to read it");
			assertThat(Templates.sms(Language.NL, LINK)).contains("nieuw bericht");
			assertThat(Templates.sms(Language.EN, LINK)).contains("new message");
		}

		private static void assertNoMedicalContent(String text) {
			String lower = text.toLowerCase(Locale.ROOT);
			assertThat(FORBIDDEN).allSatisfy((word) -> assertThat(lower).doesNotContain(word));
			for (Object value : MEDICAL_DATA.values()) {
				assertThat(text).doesNotContain(String.valueOf(value));
			}
		}

	}

	@Test
	void languageFollowsTheLocaleAndDefaultsToDutch() {
		assertThat(Language.of("en")).isEqualTo(Language.EN);
		assertThat(Language.of("en-GB")).isEqualTo(Language.EN);
		assertThat(Language.of("nl")).isEqualTo(Language.NL);
		assertThat(Language.of(null)).isEqualTo(Language.NL);
		assertThat(Language.of("de")).isEqualTo(Language.NL);
	}

}
