// Days as the services count them: Dutch days (Europe/Amsterdam), written as ISO dates (YYYY-MM-DD).
const DUTCH_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today in the Netherlands, e.g. "2026-12-03". */
export function today(now: Date = new Date()): string {
  return DUTCH_DAY.format(now);
}

/** The same day `months` later; the 31st becomes the last day of a shorter month. */
export function addMonths(isoDate: string, months: number): string {
  const [year = 0, month = 1, day = 1] = isoDate.split('-').map(Number);
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}
