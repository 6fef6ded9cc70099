package nl.secondopinion.referral.request;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import nl.secondopinion.support.time.WorkingDays;

/**
 * The journey's settings: follow-up questions, the records chase and the phase targets of
 * the case clock.
 *
 * @param maxFollowUpQuestions follow-up questions a request may have after the report
 * @param records when holders of missing records are asked, reminded and reported late
 * @param targets the target duration of each phase, shown to everyone with the clock
 */
@Validated
@ConfigurationProperties("secondopinion.referral.journey")
public record JourneyProperties(@Min(0) int maxFollowUpQuestions, @Valid @NotNull Records records,
		@Valid @NotNull Targets targets) {

	/**
	 * @param enabled whether this replica runs the chase (every replica may: a claim per
	 * request keeps it once)
	 * @param scanInterval how often the chase looks for requests to run
	 * @param holidays public holidays that are no working days
	 */
	public record Records(boolean enabled, @NotNull Duration answerWithin, @NotNull Duration remindEvery,
			@Min(0) int maxReminders, @NotNull Duration recheckEvery, @NotNull Duration scanInterval,
			@Nullable List<LocalDate> holidays) {

		public RecordsPolicy policy() {
			return new RecordsPolicy(this.answerWithin, this.remindEvery, this.maxReminders, this.recheckEvery,
					new WorkingDays((this.holidays != null) ? Set.copyOf(this.holidays) : Set.of()));
		}

	}

	/**
	 * @param dossierComplete from submission until the dossier is complete
	 * @param appointment from submission until the appointment is made
	 * @param report from the consultation until the report is written
	 */
	public record Targets(@NotNull Duration dossierComplete, @NotNull Duration appointment, @NotNull Duration report) {

	}

}
