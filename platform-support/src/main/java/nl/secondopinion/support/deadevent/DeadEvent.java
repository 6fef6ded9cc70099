package nl.secondopinion.support.deadevent;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;

/**
 * An event the receiver refused, parked in {@code dead_events} under its own id.
 *
 * @param source the service that sent (and parked) it
 * @param reason the receiver's latest refusal
 * @param refusedAt when it was last refused
 * @param refusals how often it was refused, replays included
 * @param event the event's JSON exactly as sent, for a replay; it names recipients, so it
 * is not shown
 */
public record DeadEvent(@Id String eventId, String type, @Nullable String requestId, String source, Reason reason,
		Instant refusedAt, Instant firstRefusedAt, int refusals, String event) {

	/**
	 * The receiver's HTTP status and, when its answer was a readable problem, its
	 * {@code type}, {@code title} and {@code detail} (bounded in length).
	 */
	public record Reason(int status, @Nullable String type, @Nullable String title, @Nullable String detail) {

	}

}
