package nl.secondopinion.dossier.document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One document's metadata, kept inside the dossier; the content lives encrypted in GridFS
 * under {@code contentId}. The file name is for display only and never used as a path.
 *
 * @param checklistItem the additional item ({@code ADDITIONAL:<id>}) the uploader said
 * this document answers
 */
public record StoredDocument(String id, DocumentType type, @Nullable String language, @Nullable LocalDate documentDate,
		ContentKind kind, String mediaType, String fileName, long size, String sha256, String contentId,
		String uploadedBy, String uploaderName, String uploaderRole, Instant uploadedAt, @Nullable String replaces,
		@Nullable String supersededBy, List<DicomStudy> studies, @Nullable String checklistItem) {

	public boolean active() {
		return this.supersededBy == null;
	}

	StoredDocument supersededBy(String documentId) {
		return new StoredDocument(this.id, this.type, this.language, this.documentDate, this.kind, this.mediaType,
				this.fileName, this.size, this.sha256, this.contentId, this.uploadedBy, this.uploaderName,
				this.uploaderRole, this.uploadedAt, this.replaces, documentId, this.studies, this.checklistItem);
	}

}
