import type { Locale } from '../../i18n/types';

/** A language code ("nl") in the reader's language ("Nederlands"), by the browser's own names. */
export function languageName(locale: Locale, code: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
