import type { TLabel } from "@govshare/validators";
import type { Locale } from "../i18n/messages.ts";

/** Shows a label of @govshare/validators (an enum value's or a field's name) in the console's language. */
export type LabelText = (label: TLabel) => string;

/**
 * The labels' English is written to sit inside a sentence ("not shared", "update cycle"); alone in a
 * cell, a tag or a form label it starts with a capital, like the rest of the English console.
 */
export function labelText(label: TLabel, locale: Locale): string {
  if (locale === "zh-CN") return label.zh;
  return label.en.charAt(0).toUpperCase() + label.en.slice(1);
}
