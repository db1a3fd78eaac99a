import { z } from "zod";

// Users read Chinese first, integrators English: every built-in zod message carries both.
// Messages we write ourselves follow the same "中文 / English" form (see bilingual()).
const zh = z.locales.zhCN().localeError;
const en = z.locales.en().localeError;

function text(result: ReturnType<typeof zh>): string {
  if (typeof result === "string") return result;
  return result?.message ?? "";
}

z.config({
  localeError: (issue) => `${text(zh(issue))} / ${text(en(issue))}`,
});

/** A message in both languages, in the form every error of the platform uses. */
export function bilingual(chinese: string, english: string): string {
  return `${chinese} / ${english}`;
}
