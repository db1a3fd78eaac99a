import { useEffect, useMemo, useState, type ReactNode } from "react";
import { ConfigProvider, type ConfigProviderProps } from "antd";
import antdEnUS from "antd/es/locale/en_US";
import antdZhCN from "antd/es/locale/zh_CN";
import dayjs from "dayjs";
import "dayjs/locale/zh-cn";
import { LocaleContext, type LocaleContextValue } from "./locale-context.ts";
import { messagesByLocale, type Locale } from "./messages.ts";
import { readStoredLocale, storeLocale } from "./locale-storage.ts";

type AntdLocale = NonNullable<ConfigProviderProps["locale"]>;

const antdLocales: Record<Locale, AntdLocale> = { "zh-CN": antdZhCN, "en-US": antdEnUS };
const dayjsLocales: Record<Locale, string> = { "zh-CN": "zh-cn", "en-US": "en" };

/**
 * One switch for every locale-dependent part: our dictionary, antd's built-in texts (pagination, empty
 * states, pickers), dayjs formatting, and the document's lang (screen readers, Chinese font choice).
 */
export function LocaleProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(() => {
    const initial = readStoredLocale();
    // before the first render, so that nothing formats a date in the wrong language even once
    dayjs.locale(dayjsLocales[initial]);
    return initial;
  });

  const value = useMemo<LocaleContextValue>(
    () => ({
      locale,
      messages: messagesByLocale[locale],
      setLocale(next) {
        dayjs.locale(dayjsLocales[next]);
        storeLocale(next);
        setLocaleState(next);
      },
    }),
    [locale],
  );

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = messagesByLocale[locale].app.documentTitle;
  }, [locale]);

  return (
    <LocaleContext value={value}>
      <ConfigProvider locale={antdLocales[locale]}>{children}</ConfigProvider>
    </LocaleContext>
  );
}
