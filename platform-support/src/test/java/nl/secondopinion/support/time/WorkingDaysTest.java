package nl.secondopinion.support.time;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WorkingDaysTest {

	private final WorkingDays days = new WorkingDays(Set.of(LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 28)));

	@Test
	void whenCountingOverAWeekend_thenSaturdayAndSundayDoNotCount() {
		// Thursday 3 December + 2 working days = Monday 7 December.
		assertThat(this.days.plus(LocalDate.of(2026, 12, 3), 2)).isEqualTo(LocalDate.of(2026, 12, 7));
	}

	@Test
	void whenCountingOverHolidays_thenTheyDoNotCount() {
		// Thursday 24 December + 1 = Tuesday 29 December (Christmas and the 28th are
		// off).
		assertThat(this.days.plus(LocalDate.of(2026, 12, 24), 1)).isEqualTo(LocalDate.of(2026, 12, 29));
	}

	@Test
	void whenStartingOnASunday_thenCountingStartsMonday() {
		assertThat(this.days.plus(LocalDate.of(2026, 12, 6), 0)).isEqualTo(LocalDate.of(2026, 12, 7));
		assertThat(this.days.plus(LocalDate.of(2026, 12, 6), 1)).isEqualTo(LocalDate.of(2026, 12, 8));
	}

	@Test
	void whenItIsLateEveningInUtc_thenThePlatformDayIsAlreadyTheNextDutchDay() {
		assertThat(PlatformDay.of(Instant.parse("2026-12-04T23:30:00Z"))).isEqualTo(LocalDate.of(2026, 12, 5));
		assertThat(PlatformDay.endOf(LocalDate.of(2026, 12, 5))).isEqualTo(Instant.parse("2026-12-05T23:00:00Z"));
	}

}
