package nl.secondopinion.insurance.mediation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WorkingDaysTest {

	private final WorkingDays days = new WorkingDays(Set.of(LocalDate.parse("2026-12-25")));

	@Test
	void whenAskedOnMonday_thenDueOnWednesdaySameTime() {
		// 2026-11-23 is a Monday; 10:00 UTC is 11:00 in Amsterdam
		assertThat(this.days.plus(Instant.parse("2026-11-23T10:00:00Z"), 2))
			.isEqualTo(Instant.parse("2026-11-25T10:00:00Z"));
	}

	@Test
	void whenAskedOnThursday_thenTheWeekendDoesNotCount() {
		assertThat(this.days.plus(Instant.parse("2026-11-26T10:00:00Z"), 2))
			.isEqualTo(Instant.parse("2026-11-30T10:00:00Z"));
	}

	@Test
	void whenAskedOnSaturday_thenCountingStartsMondayMorning() {
		// Monday 2026-11-30 00:00 Amsterdam = Sunday 23:00 UTC; plus two working days
		assertThat(this.days.plus(Instant.parse("2026-11-28T12:00:00Z"), 2))
			.isEqualTo(Instant.parse("2026-12-01T23:00:00Z"));
	}

	@Test
	void whenAHolidayFalls_thenItDoesNotCount() {
		// Thursday 24 December: Friday 25 is a holiday, then the weekend
		assertThat(this.days.plus(Instant.parse("2026-12-24T10:00:00Z"), 2))
			.isEqualTo(Instant.parse("2026-12-29T10:00:00Z"));
	}

}
