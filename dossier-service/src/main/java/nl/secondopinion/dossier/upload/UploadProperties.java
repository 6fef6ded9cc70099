package nl.secondopinion.dossier.upload;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param abandonAfter an upload without a request for this long is removed with its
 * pieces
 * @param cleanupInterval how often the abandoned uploads are looked for
 * @param lease how long a request that appends keeps the upload to itself without a sign
 * of life; a request of a crashed replica stops blocking the upload after it
 * @param maxPieces most pieces (one per appending request that stored something) an
 * upload may have; each is a line in the upload's state
 */
@Validated
@ConfigurationProperties("secondopinion.dossier.uploads")
record UploadProperties(@NotNull Duration abandonAfter, @NotNull Duration cleanupInterval, @NotNull Duration lease,
		@Min(1) @Max(50_000) int maxPieces) {

}
