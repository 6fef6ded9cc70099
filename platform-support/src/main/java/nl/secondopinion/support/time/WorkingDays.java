package nl.secondopinion.support.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * Dutch working days: Monday to Friday, minus the configured public holidays.
 */
public final class WorkingDays {

	private final Set<LocalDate> holidays;

	public WorkingDays(Set<LocalDate> holidays) {
		this.holidays = Set.copyOf(holidays);
	}

	public boolean isWorkingDay(LocalDate date) {
		return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY
				&& !this.holidays.contains(date);
	}

	/**
	 * The day {@code days} working days after {@code start}; a start outside working days
	 * counts from the next working day.
	 */
	public LocalDate plus(LocalDate start, int days) {
		LocalDate day = start;
		while (!isWorkingDay(day)) {
			day = day.plusDays(1);
		}
		int left = days;
		while (left > 0) {
			day = day.plusDays(1);
			if (isWorkingDay(day)) {
				left--;
			}
		}
		return day;
	}

}
