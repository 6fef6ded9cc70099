package nl.secondopinion.dossier.document;

import nl.secondopinion.dossier.access.CaseContext;

/** What a dossier must hold before an appointment (DOMAIN.md section 5), in nl and en. */
public enum ChecklistItem {

	HISTORY_LETTER(
			"Een recente brief over uw medische voorgeschiedenis en recente behandelingen, in het "
					+ "Nederlands of Engels en niet ouder dan %d maanden, ontbreekt.",
			"A recent letter on your medical history and recent treatments, in Dutch or English and no older "
					+ "than %d months, is missing."),
	CORRESPONDENCE("De correspondentie van uw behandelend specialist(en) ontbreekt.",
			"The correspondence of your treating specialist(s) is missing."),
	REFERRAL_LETTER("De verwijsbrief van uw huisarts of specialist ontbreekt.",
			"The referral letter from your GP or specialist is missing."),
	IMAGING_STUDY("De beelden zelf ontbreken: lever de scans aan als DICOM-bestanden, niet als foto's.",
			"The imaging itself is missing: deliver the scans as DICOM files, not as photos."),
	IMAGING_REPORT("Het meest recente verslag van het beeldvormend onderzoek (bijvoorbeeld CT of MRI) ontbreekt.",
			"The most recent imaging report (for example CT or MRI) is missing."),
	PATHOLOGY_REPORT("Een leesbaar pathologieverslag in het Nederlands of Engels ontbreekt.",
			"A legible pathology report in Dutch or English is missing."),
	OPERATION_REPORT("De operatieverslagen ontbreken.", "The operation reports are missing."),
	MRSA_SCREENING(
			"Een MRSA-screening ontbreekt; die is nodig na een behandeling in een ziekenhuis buiten " + "Nederland.",
			"An MRSA screening is missing; it is needed after treatment in a hospital outside the " + "Netherlands.");

	private final String nl;

	private final String en;

	ChecklistItem(String nl, String en) {
		this.nl = nl;
		this.en = en;
	}

	public String nl(int historyMonths) {
		return this.nl.formatted(historyMonths);
	}

	public String en(int historyMonths) {
		return this.en.formatted(historyMonths);
	}

	/**
	 * Who must deliver the item in this case: the treating doctor holds the medical data;
	 * the referral letter comes from the named GP unless the GP is the treating doctor;
	 * an MRSA screening is arranged through the GP, or by the patient without one. When
	 * the case names no treating doctor the platform may ask (unknown, or the patient
	 * chose not to inform them), the patient gets their own data: it is their right.
	 */
	public Holder holder(CaseContext context) {
		boolean gpNamed = context.generalPractitioner() != null;
		Holder treating = (context.treatingDoctor() != null) ? Holder.TREATING_DOCTOR : Holder.PATIENT;
		return switch (this) {
			case REFERRAL_LETTER -> (gpNamed && !context.treatingDoctorIsGp()) ? Holder.GP : treating;
			case MRSA_SCREENING -> gpNamed ? Holder.GP : Holder.PATIENT;
			case HISTORY_LETTER, CORRESPONDENCE, IMAGING_STUDY, IMAGING_REPORT, PATHOLOGY_REPORT, OPERATION_REPORT ->
				treating;
		};
	}

}
