import { useCallback } from "react";
import type { TLabel } from "@govshare/validators";
import { useLocale } from "../i18n/locale-context.ts";
import { labelText, type LabelText } from "./label-text.ts";

/** `label(SHARING_TYPE_LABELS[type])` in the language the user chose. */
export function useLabelText(): LabelText {
  const { locale } = useLocale();
  return useCallback((label: TLabel) => labelText(label, locale), [locale]);
}
