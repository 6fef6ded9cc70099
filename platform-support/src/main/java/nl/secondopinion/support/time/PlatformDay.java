package nl.secondopinion.support.time;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The platform day: dates that users read and type (a referral valid until, a grant's
 * last day, a due date) are days in the Netherlands, whatever zone a server runs in.
 */
public final class PlatformDay {

	public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

	private PlatformDay() {
	}

	public static LocalDate of(Instant instant) {
		return LocalDate.ofInstant(instant, ZONE);
	}

	public static LocalDate today(Clock clock) {
		return of(clock.instant());
	}

	/** The first moment of the day after {@code day}: where "until the end of" ends. */
	public static Instant endOf(LocalDate day) {
		return day.plusDays(1).atStartOfDay(ZONE).toInstant();
	}

}
