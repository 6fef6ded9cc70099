package nl.secondopinion.dossier.document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.secondopinion.dossier.document.dicom.DicomHeader;

/** Groups DICOM instances by study and counts them. */
final class StudyCollector {

	private final Map<String, Builder> studies = new LinkedHashMap<>();

	void add(DicomHeader header) {
		if (header.isDirectory()) {
			return;
		}
		String uid = header.studyInstanceUid();
		if (uid == null || uid.isBlank()) {
			throw new ContentRefusedException("dicom-without-study",
					"A DICOM file has no study instance UID. Export the study from the hospital's PACS "
							+ "or ask the hospital for a DICOM export.");
		}
		Builder builder = this.studies.computeIfAbsent(uid, (key) -> new Builder(header));
		builder.instances++;
		if (header.modality() != null && !header.modality().isBlank()) {
			builder.modalities.add(header.modality());
		}
		if (header.bodyPart() != null && !header.bodyPart().isBlank()) {
			builder.bodyParts.add(header.bodyPart());
		}
	}

	List<DicomStudy> studies() {
		List<DicomStudy> result = new ArrayList<>();
		this.studies.forEach((uid, b) -> result.add(new DicomStudy(uid, b.header.studyDate(), List.copyOf(b.modalities),
				List.copyOf(b.bodyParts), b.instances)));
		return result;
	}

	private static final class Builder {

		private final DicomHeader header;

		private final Set<String> modalities = new LinkedHashSet<>();

		private final Set<String> bodyParts = new LinkedHashSet<>();

		private int instances;

		Builder(DicomHeader header) {
			this.header = header;
		}

	}

}
