import { DATA_ITEM_FIELD_LABELS, RESOURCE_FIELD_LABELS } from "@govshare/validators";
import type { LabelText } from "./label-text.ts";

/**
 * A field error's key as the user knows the field: "sharingCondition" → 共享条件, "dataItems.0.name" →
 * 信息项 1 · 信息项名称. For errors that a page lists rather than shows at a form field (submitting from
 * the detail page). Keys it does not know are returned as they are.
 */
export function resourceFieldLabel(field: string, label: LabelText): string {
  const [top = "", index, property] = field.split(".");
  if (!Object.hasOwn(RESOURCE_FIELD_LABELS, top)) return field;
  const topLabel = label(RESOURCE_FIELD_LABELS[top as keyof typeof RESOURCE_FIELD_LABELS]);
  if (index === undefined || !/^\d+$/.test(index)) return topLabel;
  const position = `${topLabel} ${Number(index) + 1}`;
  if (property === undefined || !Object.hasOwn(DATA_ITEM_FIELD_LABELS, property)) return position;
  return `${position} · ${label(DATA_ITEM_FIELD_LABELS[property as keyof typeof DATA_ITEM_FIELD_LABELS])}`;
}
