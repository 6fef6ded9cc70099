import { useId } from 'react';

import { useI18n } from './context';
import { asLocale, LOCALES } from './types';

export function LanguageSwitcher() {
  const { locale, setLocale, t } = useI18n();
  const id = useId();
  return (
    <div className="language-switcher">
      <label htmlFor={id}>{t.language.label}</label>
      <select
        id={id}
        value={locale}
        onChange={(event) => {
          const next = asLocale(event.target.value);
          if (next !== undefined) {
            setLocale(next);
          }
        }}
      >
        {LOCALES.map((option) => (
          <option key={option} value={option} lang={option}>
            {t.language.names[option]}
          </option>
        ))}
      </select>
    </div>
  );
}
