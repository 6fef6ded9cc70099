package nl.secondopinion.dossier.document.dicom;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The patient-independent data of one DICOM Part 10 file: enough to identify the study
 * and describe it, nothing about the patient.
 */
public record DicomHeader(String transferSyntaxUid, @Nullable String sopClassUid, @Nullable String sopInstanceUid,
		@Nullable String studyInstanceUid, @Nullable String seriesInstanceUid, @Nullable LocalDate studyDate,
		@Nullable String modality, @Nullable String bodyPart) {

	static final String MEDIA_STORAGE_DIRECTORY = "1.2.840.10008.1.3.10";

	/** A DICOMDIR: an index of the files on a medium, not an image. */
	public boolean isDirectory() {
		return MEDIA_STORAGE_DIRECTORY.equals(this.sopClassUid);
	}

}
