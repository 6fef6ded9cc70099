package nl.secondopinion.dossier.document;

import java.time.Period;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Limits and rules for documents.
 *
 * @param maxFileSize largest file accepted (413 above)
 * @param historyLetterMaxAge a history letter older than this is not recent
 * @param zip limits for a ZIP of DICOM files
 */
@Validated
@ConfigurationProperties("secondopinion.dossier.documents")
public record DocumentProperties(@NotNull DataSize maxFileSize, @NotNull Period historyLetterMaxAge, @NotNull Zip zip) {

	public record Zip(int maxEntries, @NotNull DataSize maxUnpackedSize, int maxRatio,
			@NotNull DataSize maxCentralDirectorySize) {

	}

	ZipLimits zipLimits() {
		return new ZipLimits(this.zip.maxEntries(), this.zip.maxUnpackedSize().toBytes(), this.zip.maxRatio(),
				(int) this.zip.maxCentralDirectorySize().toBytes());
	}

}
