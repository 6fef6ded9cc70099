package nl.secondopinion.dossier.upload;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * An appending request's hold on an upload: renewed while bytes arrive (a third of the
 * lease at a time, so one write every few seconds, not one per buffer). A request whose
 * renewal fails has lost the upload (it was terminated, or taken over after the request
 * showed no sign of life for a whole lease) and must throw its piece away.
 */
final class Lease {

	private final Uploads uploads;

	private final String uploadId;

	private final String token;

	private final Clock clock;

	private final Duration duration;

	private Instant renewAt;

	Lease(Uploads uploads, String uploadId, String token, Clock clock, Duration duration) {
		this.uploads = uploads;
		this.uploadId = uploadId;
		this.token = token;
		this.clock = clock;
		this.duration = duration;
		this.renewAt = clock.instant().plus(duration.dividedBy(3));
	}

	static Instant until(Instant now, Duration duration) {
		return now.plus(duration);
	}

	String token() {
		return this.token;
	}

	void renewIfDue() throws LostException {
		Instant now = this.clock.instant();
		if (now.isBefore(this.renewAt)) {
			return;
		}
		if (!this.uploads.renew(this.uploadId, this.token, until(now, this.duration), now)) {
			throw new LostException();
		}
		this.renewAt = now.plus(this.duration.dividedBy(3));
	}

	/** The request no longer holds the upload. */
	static final class LostException extends IOException {

		LostException() {
			super("The upload is no longer held by this request", null);
		}

	}

}
