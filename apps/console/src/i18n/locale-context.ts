import { createContext, useContext } from "react";
import { DEFAULT_LOCALE, messagesByLocale, type Locale, type Messages } from "./messages.ts";

export interface LocaleContextValue {
  locale: Locale;
  messages: Messages;
  setLocale: (locale: Locale) => void;
}

export const LocaleContext = createContext<LocaleContextValue>({
  locale: DEFAULT_LOCALE,
  messages: messagesByLocale[DEFAULT_LOCALE],
  setLocale: () => {},
});

/** The UI strings of the current language: `const t = useT(); t.nav.home`. */
export function useT(): Messages {
  return useContext(LocaleContext).messages;
}

export function useLocale(): Pick<LocaleContextValue, "locale" | "setLocale"> {
  const { locale, setLocale } = useContext(LocaleContext);
  return { locale, setLocale };
}
