package nl.secondopinion.dossier.document.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import nl.secondopinion.dossier.document.DicomStudy;
import nl.secondopinion.dossier.document.StoredDocument;

/**
 * A document's metadata as the API shows it. {@code recent} is false for a history letter
 * older than the configured age; {@code current} is false once a newer version replaced
 * it; {@code checklistItem} names the additional item it answers.
 */
record DocumentResponse(String id, String type, @Nullable String language, @Nullable LocalDate documentDate,
		boolean recent, String contentKind, String mediaType, String fileName, long size, String sha256,
		Uploader uploadedBy, Instant uploadedAt, @Nullable String replaces, @Nullable String supersededBy,
		boolean current, List<DicomStudy> studies, @Nullable String checklistItem) {

	record Uploader(String id, String username, String role) {

	}

	static DocumentResponse of(StoredDocument d, boolean recent) {
		return new DocumentResponse(d.id(), d.type().name(), d.language(), d.documentDate(), recent, d.kind().name(),
				d.mediaType(), d.fileName(), d.size(), d.sha256(),
				new Uploader(d.uploadedBy(), d.uploaderName(), d.uploaderRole()), d.uploadedAt(), d.replaces(),
				d.supersededBy(), d.active(), d.studies(), d.checklistItem());
	}

}
