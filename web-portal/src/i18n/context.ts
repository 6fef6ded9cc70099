import { createContext, useContext } from 'react';

import type { Messages } from './nl';
import type { Locale } from './types';

export interface I18n {
  locale: Locale;
  t: Messages;
  setLocale: (locale: Locale) => void;
  /** A day, e.g. "3 december 2026", in Dutch time. */
  formatDate: (iso: string) => string;
  /** A day and time, e.g. "3 december 2026 om 14:05", in Dutch time. */
  formatDateTime: (iso: string) => string;
}

export const I18nContext = createContext<I18n | null>(null);

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (i18n === null) {
    throw new Error('useI18n outside I18nProvider');
  }
  return i18n;
}
