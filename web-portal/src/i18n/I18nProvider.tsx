import { useEffect, useMemo, useState, type ReactNode } from 'react';

import { I18nContext, type I18n } from './context';
import { en } from './en';
import { nl, type Messages } from './nl';
import { storeLocale, storedLocale } from './storage';
import { asLocale, DEFAULT_LOCALE, type Locale } from './types';

const CATALOGUES: Record<Locale, Messages> = { nl, en };

// Dates are shown in Dutch time wherever the reader is, as the services and messages do.
const TIME_ZONE = 'Europe/Amsterdam';

interface Props {
  /** The signed-in user's `locale`; followed until the user picks a language here. */
  userLocale?: string | null;
  children: ReactNode;
}

export function I18nProvider({ userLocale, children }: Props) {
  const [chosen, setChosen] = useState<Locale | undefined>(storedLocale);
  const locale = chosen ?? asLocale(userLocale) ?? DEFAULT_LOCALE;

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const value = useMemo<I18n>(() => {
    const tag = locale === 'nl' ? 'nl-NL' : 'en-GB';
    const date = new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: TIME_ZONE });
    const dateTime = new Intl.DateTimeFormat(tag, {
      dateStyle: 'long',
      timeStyle: 'short',
      timeZone: TIME_ZONE,
    });
    return {
      locale,
      t: CATALOGUES[locale],
      setLocale: (next) => {
        storeLocale(next);
        setChosen(next);
      },
      formatDate: (iso) => date.format(new Date(iso)),
      formatDateTime: (iso) => dateTime.format(new Date(iso)),
    };
  }, [locale]);

  return <I18nContext value={value}>{children}</I18nContext>;
}
