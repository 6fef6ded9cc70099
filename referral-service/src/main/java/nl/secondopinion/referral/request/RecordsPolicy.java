package nl.secondopinion.referral.request;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;

import nl.secondopinion.support.time.PlatformDay;
import nl.secondopinion.support.time.WorkingDays;

/**
 * When the holder of a missing record is asked, reminded and reported late. Periods of
 * whole days count working days (a doctor asked on Friday with two days has until
 * Tuesday); shorter periods are plain time, for test stacks that cannot wait a day.
 *
 * @param answerWithin how long a holder has before the item is due
 * @param remindEvery time between reminders to the holder
 * @param maxReminders reminders before the patient is told who is late (also told once
 * the due date has passed)
 * @param recheckEvery how often an open case looks for newly missing items
 */
public record RecordsPolicy(Duration answerWithin, Duration remindEvery, int maxReminders, Duration recheckEvery,
		WorkingDays workingDays) {

	public LocalDate dueDate(Instant askedAt) {
		return PlatformDay.of(after(askedAt, this.answerWithin));
	}

	public Instant nextReminder(Instant lastAsked) {
		return after(lastAsked, this.remindEvery);
	}

	private Instant after(Instant start, Duration period) {
		if (period.toSeconds() % Duration.ofDays(1).toSeconds() != 0) {
			return start.plus(period);
		}
		ZonedDateTime at = start.atZone(PlatformDay.ZONE);
		LocalDate day = this.workingDays.plus(at.toLocalDate(), (int) period.toDays());
		LocalTime time = this.workingDays.isWorkingDay(at.toLocalDate()) ? at.toLocalTime() : LocalTime.of(8, 0);
		return day.atTime(time).atZone(PlatformDay.ZONE).toInstant();
	}

}
