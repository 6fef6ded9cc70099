package nl.secondopinion.dossier.upload;

import java.time.Clock;
import java.time.Instant;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Removes uploads nobody went on with for {@code abandon-after}, and the records of
 * completed ones after the same time. Safe with several replicas running it at once: an
 * upload is removed only if its version and last activity are still the ones this pass
 * saw, so a replica that comes second, or a request that went on meanwhile, wins over the
 * removal.
 */
@Component
public class AbandonedUploads {

	private static final Logger log = LoggerFactory.getLogger(AbandonedUploads.class);

	private final Uploads uploads;

	private final UploadProperties properties;

	private final Clock clock;

	AbandonedUploads(Uploads uploads, UploadProperties properties, Clock clock) {
		this.uploads = uploads;
		this.properties = properties;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${secondopinion.dossier.uploads.cleanup-interval}",
			initialDelayString = "${secondopinion.dossier.uploads.cleanup-interval}")
	void removeScheduled() {
		try {
			int removed = removeAbandoned();
			if (removed > 0) {
				log.info("Removed {} abandoned uploads", removed);
			}
		}
		catch (DataAccessException ex) {
			log.warn("Abandoned uploads could not be removed this time: {}", ex.getClass().getSimpleName());
		}
	}

	/** One pass; answers how many uploads this pass removed. */
	public int removeAbandoned() {
		Instant now = this.clock.instant();
		Instant cutoff = now.minus(this.properties.abandonAfter());
		// A removal cut short (its replica stopped) is finished after a lease.
		Instant removalCutoff = now.minus(this.properties.lease());
		int removed = 0;
		try (Stream<ResumableUpload> abandoned = this.uploads.abandoned(cutoff, removalCutoff, now)) {
			for (ResumableUpload upload : (Iterable<ResumableUpload>) abandoned::iterator) {
				if (this.uploads.remove(upload.id(), upload, now)) {
					removed++;
				}
			}
		}
		return removed;
	}

}
