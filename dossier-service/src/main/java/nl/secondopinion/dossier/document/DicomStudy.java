package nl.secondopinion.dossier.document;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** One imaging study as found in a document's DICOM files: no patient data. */
public record DicomStudy(String studyInstanceUid, @Nullable LocalDate studyDate, List<String> modalities,
		List<String> bodyParts, int instances) {

}
