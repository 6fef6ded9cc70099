export type Locale = 'nl' | 'en';

export const LOCALES: readonly Locale[] = ['nl', 'en'];

export const DEFAULT_LOCALE: Locale = 'nl';

export function asLocale(value: string | null | undefined): Locale | undefined {
  const language = value?.toLowerCase().split(/[-_]/)[0];
  return LOCALES.find((locale) => locale === language);
}
