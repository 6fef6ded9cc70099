package nl.secondopinion.dossier.document;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.secondopinion.dossier.access.CaseContext;

import static org.assertj.core.api.Assertions.assertThat;

class ChecklistTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

	private static CaseContext context(boolean selfReferred, CaseContext.Facts facts, String referralStatus) {
		return new CaseContext("r1", "SUBMITTED", new CaseContext.Person("anna", "anna", "nl"), List.of(), null,
				new CaseContext.Referral(referralStatus, null, null), selfReferred, null, false, null, facts);
	}

	private static StoredDocument document(String id, DocumentType type, LocalDate date, List<DicomStudy> studies) {
		return new StoredDocument(id, type, "nl", date, ContentKind.PDF, "application/pdf", "x.pdf", 1, "00", "c",
				"anna", "anna", "patient", Instant.EPOCH, null, null, studies);
	}

	private static Checklist evaluate(CaseContext context, StoredDocument... documents) {
		return Checklist.evaluate(context, List.of(documents), TODAY, Period.ofMonths(6));
	}

	private static List<ChecklistItem> missing(Checklist checklist) {
		return checklist.missing().stream().map(Checklist.Missing::item).toList();
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
		assertThat(checklist.present()).extracting(Checklist.Present::item).contains(ChecklistItem.REFERRAL_LETTER);
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
		assertThat(checklist.present()).filteredOn((p) -> p.item() == ChecklistItem.IMAGING_STUDY)
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

}
