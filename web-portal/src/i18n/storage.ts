import { asLocale, type Locale } from './types';

// The only thing the portal keeps in the browser's storage: the language the user chose.
const KEY = 'secondopinion.language';

export function storedLocale(): Locale | undefined {
  try {
    return asLocale(window.localStorage.getItem(KEY));
  } catch {
    return undefined;
  }
}

export function storeLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(KEY, locale);
  } catch {
    // Storage may be switched off; the choice then lasts until the page is reloaded.
  }
}
