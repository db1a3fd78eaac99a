import { Segmented } from "antd";
import { useLocale, useT } from "../i18n/locale-context.ts";
import type { Locale } from "../i18n/messages.ts";

// Each language is named in itself, so a reader of either finds their way back.
const languageOptions: { value: Locale; label: string }[] = [
  { value: "zh-CN", label: "中文" },
  { value: "en-US", label: "English" },
];

export function LanguageSwitch() {
  const t = useT();
  const { locale, setLocale } = useLocale();
  return (
    <Segmented<Locale>
      aria-label={t.app.languageSwitch}
      options={languageOptions}
      value={locale}
      onChange={setLocale}
    />
  );
}
