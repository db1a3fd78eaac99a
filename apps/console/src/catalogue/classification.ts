import {
  BASE_CLASS_ITEM_LABELS,
  CLASSIFICATION_CATEGORY_LABELS,
  THEME_CLASS_ITEM_LABELS,
  type TClassificationCategory,
  type TLabel,
} from "@govshare/validators";

export interface ClassificationMeaning {
  /** 类: base, theme or department resources */
  category: TLabel;
  /** 项, for base and theme resources; department resources number their items themselves */
  item: TLabel | null;
}

const LEADING_PARTS = /^(\d)(?:-?(\d{2}))?/;

/**
 * What the first digits of a classification stand for, read while it is being typed: "1-02" already
 * says 基础信息资源 · 法人. Either spelling (1-02-001 or 102001). Null until the class is known.
 */
export function classificationMeaning(text: string): ClassificationMeaning | null {
  const parts = LEADING_PARTS.exec(text.normalize("NFKC").trim());
  if (!parts) return null;
  const category = ([1, 2, 3] as const).find((candidate) => String(candidate) === parts[1]);
  if (category === undefined) return null;
  return { category: CLASSIFICATION_CATEGORY_LABELS[category], item: itemLabel(category, parts[2]) };
}

function itemLabel(category: TClassificationCategory, item: string | undefined): TLabel | null {
  if (item === undefined) return null;
  const labels: Record<string, TLabel> | null =
    category === 1 ? BASE_CLASS_ITEM_LABELS : category === 2 ? THEME_CLASS_ITEM_LABELS : null;
  return labels?.[item] ?? null;
}

/**
 * A stored classification (digits run together, as the API returns it) in the hyphenated spelling
 * people read and type: 10200101 → 1-02-001-01. Anything else is returned as it is.
 */
export function hyphenatedClassification(digits: string): string {
  const parts = /^(\d)(\d{2})(\d{3})(\d*)$/.exec(digits);
  if (!parts) return digits;
  const [, category, item, subject, detail] = parts;
  return [category, item, subject, ...(detail ? [detail] : [])].join("-");
}
