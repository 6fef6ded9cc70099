package nl.secondopinion.insurance.mediation;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;

/**
 * Dutch working days: Monday to Friday, minus the configured public holidays. A request
 * made outside working days starts counting at the next working day's start.
 */
public class WorkingDays {

	static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");

	private final Set<LocalDate> holidays;

	public WorkingDays(Set<LocalDate> holidays) {
		this.holidays = Set.copyOf(holidays);
	}

	public boolean isWorkingDay(LocalDate date) {
		return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY
				&& !this.holidays.contains(date);
	}

	/** The moment {@code days} working days after {@code start}. */
	public Instant plus(Instant start, int days) {
		ZonedDateTime at = start.atZone(DUTCH_TIME);
		if (!isWorkingDay(at.toLocalDate())) {
			LocalDate next = at.toLocalDate().plusDays(1);
			while (!isWorkingDay(next)) {
				next = next.plusDays(1);
			}
			at = next.atStartOfDay(DUTCH_TIME);
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
