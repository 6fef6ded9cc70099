const SECONDS_PER_DAY = 24 * 60 * 60;

const ISO_DURATION =
  /^P(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

/**
 * Seconds in a java.time.Duration as JSON carries it: ISO-8601 ("PT336H", "P14D") or, if the
 * service were configured so, a number of seconds. Undefined when it cannot be read.
 */
export function durationSeconds(value: string | number): number | undefined {
  if (typeof value === 'number') {
    return value;
  }
  if (/^\d+(\.\d+)?$/.test(value)) {
    return Number(value);
  }
  const match = ISO_DURATION.exec(value);
  if (!match || value === 'P' || value.endsWith('T')) {
    return undefined;
  }
  const [, days, hours, minutes, seconds] = match.map((part) => Number(part ?? 0));
  return (days ?? 0) * SECONDS_PER_DAY + (hours ?? 0) * 3600 + (minutes ?? 0) * 60 + (seconds ?? 0);
}

/** Whole days in a duration; undefined for less than one day or an unreadable value. */
export function durationDays(value: string | number): number | undefined {
  const seconds = durationSeconds(value);
  if (seconds === undefined || seconds < SECONDS_PER_DAY) {
    return undefined;
  }
  return Math.round(seconds / SECONDS_PER_DAY);
}
