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

	/**
	 * Data as a careless producer might send it: every value here is medical or
	 * identifying and must never reach a mail or text message.
	 */
	private static final Map<String, Object> MEDICAL_DATA = Map.of("missingItems",
			List.of("HISTORY_LETTER", "IMAGING_STUDY", "PATHOLOGY_REPORT"), "decision", "NOT_COVERED", "appointmentAt",
			"2026-12-01T09:30:00Z", "validUntil", "2027-11-23", "question",
			"Is an operation really the only option for my hernia?", "diagnosis", "lumbar disc herniation L5-S1",
			"documentName", "MRI-lumbale-wervelkolom-anna.pdf", "reportText", "Advies: conservatieve behandeling");

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
