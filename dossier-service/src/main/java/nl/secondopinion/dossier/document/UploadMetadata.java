package nl.secondopinion.dossier.document;

import org.jspecify.annotations.Nullable;

/**
 * What the uploader says about a file, as sent in the form fields before it.
 *
 * @param checklistItem the additional item the file answers, {@code ADDITIONAL:<id>}
 */
public record UploadMetadata(@Nullable String type, @Nullable String language, @Nullable String documentDate,
		@Nullable String replaces, @Nullable String checklistItem) {

}
