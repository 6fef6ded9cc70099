package nl.secondopinion.insurance.mediation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Set;

import nl.secondopinion.support.time.PlatformDay;

/**
 * Dutch working days: Monday to Friday, minus the configured public holidays. A request
 * made outside working days starts counting at the next working day's start.
 */
public class WorkingDays {

	// Which days are working days is the platform's one calendar; this class adds the
	// time of day a desk's clock starts and ends at.
	private final nl.secondopinion.support.time.WorkingDays calendar;

	public WorkingDays(Set<LocalDate> holidays) {
		this.calendar = new nl.secondopinion.support.time.WorkingDays(holidays);
	}

	public boolean isWorkingDay(LocalDate date) {
		return this.calendar.isWorkingDay(date);
	}

	/** The moment {@code days} working days after {@code start}. */
	public Instant plus(Instant start, int days) {
		ZonedDateTime at = start.atZone(PlatformDay.ZONE);
		if (!isWorkingDay(at.toLocalDate())) {
			LocalDate next = at.toLocalDate().plusDays(1);
			while (!isWorkingDay(next)) {
				next = next.plusDays(1);
			}
			at = next.atStartOfDay(PlatformDay.ZONE);
		}
		int left = days;
		while (left > 0) {
			at = at.plusDays(1);
			if (isWorkingDay(at.toLocalDate())) {
				left--;
			}
		}
		return at.toInstant();
	}

}
