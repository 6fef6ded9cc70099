package nl.secondopinion.dossier.document;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import nl.secondopinion.dossier.access.CaseContext;

import static org.assertj.core.api.Assertions.assertThat;

class ChecklistTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

	private static final CaseContext.Doctor SPECIALIST = new CaseContext.Doctor("jansen", "03000002", "SPECIALIST",
			"dr. P. Jansen", "Ziekenhuis Noord", null);

	private static final CaseContext.GeneralPractitioner GP = new CaseContext.GeneralPractitioner(null, "01000001",
			"dr. de Vries", "Huisartsenpraktijk De Linde");

	private static final CaseContext.Facts ALL_FACTS = new CaseContext.Facts(true, true, true, true);

	private static CaseContext context(boolean selfReferred, CaseContext.Facts facts, String referralStatus) {
		return context(selfReferred, facts, referralStatus, null, null);
	}

	private static CaseContext context(boolean selfReferred, CaseContext.Facts facts, String referralStatus,
			CaseContext.@Nullable Doctor doctor, CaseContext.@Nullable GeneralPractitioner gp) {
		return new CaseContext("r1", "SUBMITTED", new CaseContext.Person("anna", "anna", "nl"), List.of(), doctor, gp,
				new CaseContext.Referral(referralStatus, null, null), selfReferred, null, false, null, facts, null);
	}

	private static StoredDocument document(String id, DocumentType type, LocalDate date, List<DicomStudy> studies) {
		return answering(id, type, date, studies, null);
	}

	private static StoredDocument answering(String id, DocumentType type, LocalDate date, List<DicomStudy> studies,
			@Nullable String checklistItem) {
		return new StoredDocument(id, type, "nl", date, ContentKind.PDF, "application/pdf", "x.pdf", 1, "00", "c",
				"anna", "anna", "patient", Instant.EPOCH, null, null, studies, checklistItem);
	}

	private static Checklist evaluate(CaseContext context, StoredDocument... documents) {
		return Checklist.evaluate(context, List.of(documents), List.of(), TODAY, Period.ofMonths(6));
	}

	private static List<ChecklistItem> missing(Checklist checklist) {
		return checklist.missing().stream().map((m) -> ChecklistItem.valueOf(m.item())).toList();
	}

	private static Map<String, Holder> holders(Checklist checklist) {
		Map<String, Holder> holders = new LinkedHashMap<>();
		checklist.missing().forEach((m) -> holders.put(m.item(), m.holder()));
		return holders;
	}

	@Test
	void everyCaseNeedsAHistoryLetterCorrespondenceAndAReferralLetter() {
		Checklist checklist = evaluate(context(false, new CaseContext.Facts(false, false, false, false), "NONE"));

		assertThat(missing(checklist)).containsExactly(ChecklistItem.HISTORY_LETTER, ChecklistItem.CORRESPONDENCE,
				ChecklistItem.REFERRAL_LETTER);
		assertThat(checklist.complete()).isFalse();
		assertThat(checklist.state()).isEqualTo("MISSING:CORRESPONDENCE,HISTORY_LETTER,REFERRAL_LETTER");
	}

	@Test
	void theFactsAddImagingPathologyOperationAndMrsa() {
		Checklist checklist = evaluate(context(true, new CaseContext.Facts(true, true, true, true), "NONE"));

		assertThat(missing(checklist)).containsExactly(ChecklistItem.HISTORY_LETTER, ChecklistItem.CORRESPONDENCE,
				ChecklistItem.IMAGING_STUDY, ChecklistItem.IMAGING_REPORT, ChecklistItem.PATHOLOGY_REPORT,
				ChecklistItem.OPERATION_REPORT, ChecklistItem.MRSA_SCREENING);
	}

	@Test
	void aHistoryLetterOlderThanSixMonthsDoesNotCount() {
		CaseContext context = context(true, new CaseContext.Facts(false, false, false, false), "NONE");
		StoredDocument correspondence = document("c1", DocumentType.CORRESPONDENCE, TODAY, List.of());

		assertThat(missing(evaluate(context, correspondence,
				document("h1", DocumentType.HISTORY_LETTER, TODAY.minusMonths(6).minusDays(1), List.of()))))
			.containsExactly(ChecklistItem.HISTORY_LETTER);
		assertThat(evaluate(context, correspondence,
				document("h2", DocumentType.HISTORY_LETTER, TODAY.minusMonths(6), List.of()))
			.complete()).isTrue();
	}

	@Test
	void aPlatformReferralCountsAsTheReferralLetter() {
		Checklist checklist = evaluate(context(false, new CaseContext.Facts(false, false, false, false), "PRESENT"));

		assertThat(missing(checklist)).doesNotContain(ChecklistItem.REFERRAL_LETTER);
		assertThat(checklist.present()).extracting(Checklist.Present::item).contains("REFERRAL_LETTER");
	}

	@Test
	void presentItemsNameTheirDocumentsAndReplacedVersionsDoNotCount() {
		CaseContext context = context(true, new CaseContext.Facts(false, true, false, false), "NONE");
		DicomStudy study = new DicomStudy("1.2.3", null, List.of("MR"), List.of(), 3);
		StoredDocument old = document("r1", DocumentType.IMAGING_REPORT, TODAY, List.of()).supersededBy("r2");

		Checklist checklist = evaluate(context, document("h", DocumentType.HISTORY_LETTER, TODAY, List.of()),
				document("c", DocumentType.CORRESPONDENCE, TODAY, List.of()),
				document("s", DocumentType.IMAGING_STUDY, TODAY, List.of(study)), old);

		assertThat(missing(checklist)).containsExactly(ChecklistItem.IMAGING_REPORT);
		assertThat(checklist.present()).filteredOn((p) -> p.item().equals("IMAGING_STUDY"))
			.singleElement()
			.extracting(Checklist.Present::documentIds)
			.isEqualTo(List.of("s"));
	}

	@Test
	void everyMissingItemHasADutchAndEnglishSentence() {
		for (ChecklistItem item : ChecklistItem.values()) {
			assertThat(item.nl(6)).isNotBlank().doesNotContain("%d");
			assertThat(item.en(6)).isNotBlank().doesNotContain("%d");
		}
		assertThat(ChecklistItem.HISTORY_LETTER.en(6)).contains("6 months");
	}

	@Nested
	class Holders {

		@Test
		void theTreatingDoctorHoldsTheMedicalDataAndTheNamedGpTheReferralAndMrsaScreening() {
			Checklist checklist = evaluate(context(false, ALL_FACTS, "NONE", SPECIALIST, GP));

			assertThat(holders(checklist)).containsExactly(Map.entry("HISTORY_LETTER", Holder.TREATING_DOCTOR),
					Map.entry("CORRESPONDENCE", Holder.TREATING_DOCTOR), Map.entry("REFERRAL_LETTER", Holder.GP),
					Map.entry("IMAGING_STUDY", Holder.TREATING_DOCTOR),
					Map.entry("IMAGING_REPORT", Holder.TREATING_DOCTOR),
					Map.entry("PATHOLOGY_REPORT", Holder.TREATING_DOCTOR),
					Map.entry("OPERATION_REPORT", Holder.TREATING_DOCTOR), Map.entry("MRSA_SCREENING", Holder.GP));
			assertThat(checklist.missing()).allSatisfy((m) -> {
				assertThat(m.requiredSince()).isNull();
				assertThat(m.dueDate()).isNull();
			});
		}

		@Test
		void whenTheCaseNamesNoTreatingDoctorToAsk_thenThePatientDeliversTheMedicalData() {
			Map<String, Holder> holders = holders(evaluate(context(false, ALL_FACTS, "NONE", null, GP)));

			assertThat(holders).containsEntry("CORRESPONDENCE", Holder.PATIENT)
				.containsEntry("IMAGING_STUDY", Holder.PATIENT)
				.containsEntry("REFERRAL_LETTER", Holder.GP)
				.containsEntry("MRSA_SCREENING", Holder.GP);
		}

		@Test
		void withoutANamedGpTheTreatingDoctorRefersAndThePatientArrangesTheMrsaScreening() {
			Map<String, Holder> holders = holders(evaluate(context(false, ALL_FACTS, "NONE", SPECIALIST, null)));

			assertThat(holders).containsEntry("REFERRAL_LETTER", Holder.TREATING_DOCTOR)
				.containsEntry("MRSA_SCREENING", Holder.PATIENT);
		}

		@Test
		void whenTheGpIsTheTreatingDoctorTheReferralLetterIsTheTreatingDoctorsToDeliver() {
			CaseContext.Doctor gpTreats = new CaseContext.Doctor(null, "01000001", "GENERAL_PRACTITIONER",
					"dr. de Vries", null, "Huisartsenpraktijk De Linde");

			Map<String, Holder> holders = holders(evaluate(context(false, ALL_FACTS, "NONE", gpTreats, GP)));

			assertThat(holders).containsEntry("REFERRAL_LETTER", Holder.TREATING_DOCTOR)
				.containsEntry("MRSA_SCREENING", Holder.GP);
		}

	}

	@Nested
	class AdditionalItems {

		private final CaseContext context = context(true, new CaseContext.Facts(false, false, false, false), "NONE",
				SPECIALIST, GP);

		private final Instant asked = Instant.parse("2026-11-20T09:00:00Z");

		private final AdditionalItem lab = AdditionalItem.ask(this.context, "  Bloeduitslagen van oktober ", Holder.GP,
				TODAY.plusDays(14), DocumentType.LAB_RESULTS, "bakker", "consultant", this.asked, TODAY);

		private final StoredDocument history = document("h", DocumentType.HISTORY_LETTER, TODAY, List.of());

		private final StoredDocument correspondence = document("c", DocumentType.CORRESPONDENCE, TODAY, List.of());

		private Checklist evaluate(List<AdditionalItem> items, StoredDocument... documents) {
			return Checklist.evaluate(this.context, List.of(documents), items, TODAY, Period.ofMonths(6));
		}

		@Test
		void anAskedItemIsMissingWithItsTitleHolderAndDatesAndBlocksCompleteness() {
			Checklist checklist = evaluate(List.of(this.lab), this.history, this.correspondence);

			assertThat(checklist.complete()).isFalse();
			assertThat(checklist.missing()).singleElement().satisfies((m) -> {
				assertThat(m.item()).isEqualTo("ADDITIONAL:" + this.lab.id());
				assertThat(m.nl()).isEqualTo("Bloeduitslagen van oktober");
				assertThat(m.en()).isEqualTo("Bloeduitslagen van oktober");
				assertThat(m.holder()).isEqualTo(Holder.GP);
				assertThat(m.requiredSince()).isEqualTo(this.asked);
				assertThat(m.dueDate()).isEqualTo(TODAY.plusDays(14));
			});
			assertThat(checklist.state()).isEqualTo("MISSING:ADDITIONAL:" + this.lab.id());
		}

		@Test
		void aCurrentDocumentOfItsTypeThatNamesTheItemSatisfiesIt() {
			StoredDocument answer = answering("l", DocumentType.LAB_RESULTS, TODAY, List.of(), this.lab.code());

			Checklist checklist = evaluate(List.of(this.lab), this.history, this.correspondence, answer);

			assertThat(checklist.complete()).isTrue();
			assertThat(checklist.present()).filteredOn((p) -> p.item().equals(this.lab.code()))
				.singleElement()
				.extracting(Checklist.Present::documentIds)
				.isEqualTo(List.of("l"));
		}

		@Test
		void aDocumentOfAnotherTypeOrNotNamingTheItemOrReplacedDoesNotSatisfyIt() {
			StoredDocument otherType = answering("x", DocumentType.OTHER, TODAY, List.of(), this.lab.code());
			StoredDocument notNaming = document("y", DocumentType.LAB_RESULTS, TODAY, List.of());
			StoredDocument replaced = answering("z", DocumentType.LAB_RESULTS, TODAY, List.of(), this.lab.code())
				.supersededBy("z2");

			assertThat(evaluate(List.of(this.lab), this.history, this.correspondence, otherType, notNaming, replaced)
				.missingItems()).containsExactly(this.lab.code());
		}

		@Test
		void aWithdrawnItemIsNoLongerRequired() {
			AdditionalItem withdrawn = this.lab.withdraw("intake", this.asked.plusSeconds(60));

			assertThat(evaluate(List.of(withdrawn), this.history, this.correspondence).complete()).isTrue();
		}

	}

}
