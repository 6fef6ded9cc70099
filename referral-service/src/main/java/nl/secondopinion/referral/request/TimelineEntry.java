package nl.secondopinion.referral.request;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One line of a request's history: who did what, when and why, and for whom when a
 * representative acted on the patient's behalf.
 *
 * @param from status before, {@code null} when the status did not change
 * @param to status after, {@code null} when the status did not change
 */
public record TimelineEntry(Instant at, UserReference by, String role, String what, @Nullable RequestStatus from,
		@Nullable RequestStatus to, @Nullable String why, @Nullable UserReference onBehalfOf) {

}
