package nl.secondopinion.dossier.document;

import java.util.EnumSet;
import java.util.Set;

/** The kinds of documents a dossier holds, and what content each accepts. */
public enum DocumentType {

	HISTORY_LETTER(true), CORRESPONDENCE(true), IMAGING_STUDY(false), IMAGING_REPORT(false), PATHOLOGY_REPORT(true),
	OPERATION_REPORT(false), LAB_RESULTS(false), MRSA_SCREENING(false), REFERRAL_LETTER(true), OTHER(false);

	private static final Set<ContentKind> PAPER = EnumSet.of(ContentKind.PDF, ContentKind.TEXT, ContentKind.JPEG,
			ContentKind.PNG, ContentKind.TIFF);

	private final boolean letter;

	DocumentType(boolean letter) {
		this.letter = letter;
	}

	/**
	 * Letters and pathology reports carry their language (nl or en, as the receiving
	 * sites require) and a document date.
	 */
	public boolean needsLanguageAndDate() {
		return this.letter;
	}

	/** Imaging must be DICOM; everything else is paper: PDF, text or a scan of a page. */
	public boolean accepts(ContentKind kind) {
		if (this == IMAGING_STUDY) {
			return kind == ContentKind.DICOM || kind == ContentKind.DICOM_ZIP;
		}
		if (this == OTHER) {
			return PAPER.contains(kind) || kind == ContentKind.DICOM || kind == ContentKind.DICOM_ZIP;
		}
		return PAPER.contains(kind);
	}

}
