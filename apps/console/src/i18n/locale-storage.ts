import { DEFAULT_LOCALE, isLocale, type Locale } from "./messages.ts";

const STORAGE_KEY = "govshare.locale";

// Storage can be unavailable (private windows, blocked cookies); the console must still start in Chinese.
export function readStoredLocale(): Locale {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return isLocale(stored) ? stored : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

export function storeLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // the choice then lasts until the page is reloaded, which is acceptable
  }
}
