import type { Messages } from '../../i18n/nl';

/** A specialty code ("neurology") in plain words; a code the portal does not know as it is. */
export function specialtyLabel(t: Messages, code: string): string {
  const labels: Partial<Record<string, string>> = t.specialty;
  return labels[code] ?? code;
}
