package nl.secondopinion.referral.request;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The clock everyone on a case sees: days since submission, and per phase its target, how
 * long it took or has taken so far, and whether it is overdue. Phases that did not finish
 * stop counting when the request ends.
 */
public record CaseClock(@Nullable Instant submittedAt, long daysSinceSubmission, List<Phase> phases) {

	public enum PhaseName {

		/** From submission until the dossier is complete. */
		DOSSIER_COMPLETE,
		/** From submission until the appointment is made. */
		APPOINTMENT,
		/** From the consultation until the report is written. */
		REPORT

	}

	public record Phase(PhaseName name, @Nullable Instant startedAt, @Nullable Instant completedAt, Duration target,
			@Nullable Instant dueAt, long daysTaken, boolean overdue) {

	}

	public boolean overdue() {
		return this.phases.stream().anyMatch(Phase::overdue);
	}

	static CaseClock of(SecondOpinionRequest request, JourneyProperties.Targets targets, Instant now) {
		Instant submitted = request.submittedAt();
		Instant stop = (request.closedAt() != null) ? request.closedAt() : now;
		Appointment appointment = request.appointment();
		Instant scheduled = (appointment != null) ? appointment.scheduledAt() : null;
		Instant dossierComplete = (request.dossierCompleteAt() != null) ? request.dossierCompleteAt() : scheduled;
		Report report = request.report();
		List<Phase> phases = List.of(
				phase(PhaseName.DOSSIER_COMPLETE, submitted, dossierComplete, targets.dossierComplete(), stop, request),
				phase(PhaseName.APPOINTMENT, submitted, scheduled, targets.appointment(), stop, request),
				phase(PhaseName.REPORT, consultedAt(request), (report != null) ? report.writtenAt() : null,
						targets.report(), stop, request));
		long days = (submitted != null) ? Duration.between(submitted, stop).toDays() : 0;
		return new CaseClock(submitted, days, phases);
	}

	private static Phase phase(PhaseName name, @Nullable Instant start, @Nullable Instant end, Duration target,
			Instant stop, SecondOpinionRequest request) {
		if (start == null) {
			return new Phase(name, null, null, target, null, 0, false);
		}
		Instant due = start.plus(target);
		Instant until = (end != null) ? end : stop;
		boolean running = end == null && !request.status().isFinal();
		boolean overdue = running ? until.isAfter(due) : (end != null && end.isAfter(due));
		return new Phase(name, start, end, target, due, Duration.between(start, until).toDays(), overdue);
	}

	private static @Nullable Instant consultedAt(SecondOpinionRequest request) {
		return request.timeline()
			.stream()
			.filter((entry) -> entry.to() == RequestStatus.CONSULTED)
			.map(TimelineEntry::at)
			.reduce((first, second) -> second)
			.orElse(null);
	}

}
