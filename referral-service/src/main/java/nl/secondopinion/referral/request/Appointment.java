package nl.secondopinion.referral.request;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The in-person consultation: no opinion on paper alone.
 *
 * @param coverage the insurer's latest decision when scheduled, or {@code null} when the
 * patient accepted that coverage is uncertain
 */
public record Appointment(Instant at, @Nullable String location, UserReference scheduledBy, Instant scheduledAt,
		@Nullable String coverage, List<IntakeWarning> warnings) {

	public Appointment {
		warnings = List.copyOf(warnings);
	}

}
