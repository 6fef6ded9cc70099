package nl.secondopinion.dossier.document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import nl.secondopinion.dossier.access.CaseContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class AdditionalItemTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

	private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

	private static final CaseContext.Doctor SPECIALIST = new CaseContext.Doctor(null, "03000002", "SPECIALIST",
			"dr. P. Jansen", "Ziekenhuis Noord", null);

	private static CaseContext context(CaseContext.@Nullable Doctor doctor,
			CaseContext.@Nullable GeneralPractitioner gp) {
		return new CaseContext("r1", "CONSULTANT_ASSIGNED", new CaseContext.Person("anna", "anna", "nl"), List.of(),
				doctor, gp, null, true, null, true, null, new CaseContext.Facts(false, false, false, false), null);
	}

	private static AdditionalItem ask(CaseContext context, @Nullable String title, Holder holder,
			@Nullable LocalDate due) {
		return AdditionalItem.ask(context, title, holder, due, null, "bakker", "consultant", NOW, TODAY);
	}

	private static void refused(Runnable asking, AdditionalItemRefusedException.Reason reason) {
		assertThatExceptionOfType(AdditionalItemRefusedException.class).isThrownBy(asking::run)
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(reason));
	}

	@Test
	void anItemIsAskedWithAStrippedTitleAndGetsItsOwnCode() {
		AdditionalItem item = ask(context(SPECIALIST, null), "  MRI-verslag 2024 ", Holder.TREATING_DOCTOR, TODAY);

		assertThat(item.title()).isEqualTo("MRI-verslag 2024");
		assertThat(item.code()).isEqualTo("ADDITIONAL:" + item.id());
		assertThat(item.documentType()).isEqualTo(DocumentType.OTHER);
		assertThat(item.requestedAt()).isEqualTo(NOW);
		assertThat(item.open()).isTrue();
		assertThat(AdditionalItem.idOf(item.code())).contains(item.id());
		assertThat(AdditionalItem.idOf(item.id())).contains(item.id());
		assertThat(AdditionalItem.idOf("CORRESPONDENCE")).isEqualTo(Optional.empty());
	}

	@Test
	void theTitleIsOneToTwoHundredCharactersOfPlainText() {
		CaseContext context = context(null, null);
		assertThat(ask(context, "é".repeat(200), Holder.PATIENT, null).title()).hasSize(200);

		for (String title : new String[] { null, "   ", "x".repeat(201), "line\nbreak", "<b>bold</b>",
				"bidi\u202Eoverride" }) {
			refused(() -> ask(context, title, Holder.PATIENT, null),
					AdditionalItemRefusedException.Reason.INVALID_TITLE);
		}
	}

	@Test
	void theDueDateMayBeTodayButNotInThePast() {
		CaseContext context = context(null, null);

		assertThat(ask(context, "Labuitslagen", Holder.PATIENT, TODAY).dueDate()).isEqualTo(TODAY);
		refused(() -> ask(context, "Labuitslagen", Holder.PATIENT, TODAY.minusDays(1)),
				AdditionalItemRefusedException.Reason.DUE_DATE_PASSED);
	}

	@Test
	void aDoctorHolderMustBeNamedOnTheRequest() {
		CaseContext nobody = context(null, null);

		refused(() -> ask(nobody, "Labuitslagen", Holder.GP, null),
				AdditionalItemRefusedException.Reason.HOLDER_NOT_NAMED);
		refused(() -> ask(nobody, "Labuitslagen", Holder.TREATING_DOCTOR, null),
				AdditionalItemRefusedException.Reason.HOLDER_NOT_NAMED);
		assertThat(ask(context(null, new CaseContext.GeneralPractitioner(null, "01000001", null, null)), "Labuitslagen",
				Holder.GP, null)
			.holder()).isEqualTo(Holder.GP);
	}

	@Test
	void anUploadMayNameOnlyAnOpenItemOfItsType() {
		AdditionalItem item = AdditionalItem.ask(context(SPECIALIST, null), "Labuitslagen", Holder.TREATING_DOCTOR,
				null, DocumentType.LAB_RESULTS, "bakker", "consultant", NOW, TODAY);
		Dossier dossier = new Dossier("r1", new byte[0], NOW);
		dossier.ask(item, context(SPECIALIST, null), NOW);

		assertThat(AdditionalItem.answerable(Optional.of(dossier), item.code(), DocumentType.LAB_RESULTS))
			.isEqualTo(item.code());
		assertThat(AdditionalItem.answerable(Optional.of(dossier), null, DocumentType.LAB_RESULTS)).isNull();
		refused(() -> AdditionalItem.answerable(Optional.of(dossier), item.code(), DocumentType.OTHER),
				AdditionalItemRefusedException.Reason.TYPE_DIFFERS);
		refused(() -> AdditionalItem.answerable(Optional.empty(), item.code(), DocumentType.LAB_RESULTS),
				AdditionalItemRefusedException.Reason.UNKNOWN_ITEM);
		refused(() -> AdditionalItem.codeOf("CORRESPONDENCE"), AdditionalItemRefusedException.Reason.UNKNOWN_ITEM);

		dossier.withdraw(item.id(), "bakker", NOW);
		refused(() -> AdditionalItem.answerable(Optional.of(dossier), item.code(), DocumentType.LAB_RESULTS),
				AdditionalItemRefusedException.Reason.UNKNOWN_ITEM);
	}

	@Test
	void askingTellsTheHolderWithCodesOnlyNeverTheTitle() {
		AdditionalItem item = AdditionalItem.ask(context(SPECIALIST, null), "Geheime titel", Holder.TREATING_DOCTOR,
				TODAY.plusDays(7), null, "bakker", "consultant", NOW, TODAY);
		Dossier dossier = new Dossier("r1", new byte[0], NOW);

		dossier.ask(item, context(SPECIALIST, null), NOW);

		assertThat(dossier.outbox()).singleElement().satisfies((event) -> {
			assertThat(event.type()).isEqualTo("INFORMATION_REQUESTED");
			assertThat(event.data()).containsEntry("itemId", item.code())
				.containsEntry("holder", "TREATING_DOCTOR")
				.containsEntry("dueDate", "2026-11-30");
			assertThat(event.recipients()).extracting((r) -> r.userId()).containsExactly("anna");
			// The treating doctor has no platform id yet: addressed by AGB code.
			assertThat(event.recipientGroups()).singleElement()
				.satisfies((g) -> assertThat(g.kind() + ":" + g.agb()).isEqualTo("CLINICIAN:03000002"));
			assertThat(event.toString()).doesNotContain("Geheime");
		});
	}

}
