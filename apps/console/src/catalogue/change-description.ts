import {
  DATA_ITEM_FIELD_LABELS,
  DATA_ITEM_TYPE_LABELS,
  OPEN_ATTRIBUTE_LABELS,
  RESOURCE_FIELD_LABELS,
  RESOURCE_FORMAT_LABELS,
  SHARING_METHOD_LABELS,
  SHARING_TYPE_LABELS,
  UPDATE_CYCLE_LABELS,
  type TChangeValue,
  type TDataItemValue,
  type TLabel,
  type TResourceChange,
} from "@govshare/validators";
import type { Messages } from "../i18n/messages.ts";
import type { LabelText } from "./label-text.ts";

/** One change of a version, as the history shows it: which field, and its value before and after. */
export interface ChangeDescription {
  field: string;
  before: string;
  after: string;
}

/** Fields whose values are enum values: shown by their labels, not as stored. */
const ENUM_LABELS: Partial<Record<string, Record<string, TLabel>>> = {
  format: RESOURCE_FORMAT_LABELS,
  sharingType: SHARING_TYPE_LABELS,
  sharingMethods: SHARING_METHOD_LABELS,
  openAttribute: OPEN_ATTRIBUTE_LABELS,
  updateCycle: UPDATE_CYCLE_LABELS,
  dataType: DATA_ITEM_TYPE_LABELS,
};

// how the API spells data-item changes (TResourceChange): dataItems[<name>].<property>, dataItems[<name>]
const DATA_ITEM_PROPERTY_CHANGE = /^dataItems\[(.+)\]\.([A-Za-z]+)$/;
const DATA_ITEM_CHANGE = /^dataItems\[(.+)\]$/;
const DATA_ITEM_ORDER = "dataItems.order";

function isKnownKey<Key extends string>(labels: Record<Key, TLabel>, key: string): key is Key {
  return Object.hasOwn(labels, key);
}

/**
 * Words a person reads for a change the API names by field path: "dataItems[企业名称].length" becomes
 * 信息项「企业名称」· 数据长度, 200 → 300; enum values become their labels; a field this console does not
 * know yet still shows, as the server names it.
 */
export function describeChange(change: TResourceChange, t: Messages, label: LabelText): ChangeDescription {
  const words = t.catalogue.history;
  const describe = (field: string, valueField: string) => ({
    field,
    before: valueText(change.before, valueField, t, label),
    after: valueText(change.after, valueField, t, label),
  });

  const propertyChange = DATA_ITEM_PROPERTY_CHANGE.exec(change.field);
  if (propertyChange) {
    const [, itemName = "", property = ""] = propertyChange;
    const propertyLabel = isKnownKey(DATA_ITEM_FIELD_LABELS, property)
      ? label(DATA_ITEM_FIELD_LABELS[property])
      : property;
    return describe(`${words.dataItem(itemName)} · ${propertyLabel}`, property);
  }
  const itemChange = DATA_ITEM_CHANGE.exec(change.field);
  if (itemChange) return describe(words.dataItem(itemChange[1] ?? ""), "dataItems");
  if (change.field === DATA_ITEM_ORDER) return describe(words.dataItemOrder, "dataItems");
  if (isKnownKey(RESOURCE_FIELD_LABELS, change.field)) {
    return describe(label(RESOURCE_FIELD_LABELS[change.field]), change.field);
  }
  return describe(change.field, change.field);
}

function valueText(value: TChangeValue, field: string, t: Messages, label: LabelText): string {
  if (value === null || value === "") return t.catalogue.history.empty;
  if (typeof value === "number") return String(value);
  if (typeof value === "string") return enumText(value, field, label);
  if (Array.isArray(value)) {
    return value.length === 0
      ? t.catalogue.history.empty
      : value.map((entry) => enumText(entry, field, label)).join(t.catalogue.listSeparator);
  }
  return dataItemText(value, t, label);
}

function enumText(value: string, field: string, label: LabelText): string {
  const known = ENUM_LABELS[field]?.[value];
  return known ? label(known) : value;
}

/** A whole data item (added or removed): its name, type and length, e.g. 成立日期（日期型）. */
export function dataItemText(item: TDataItemValue, t: Messages, label: LabelText): string {
  const details = [label(DATA_ITEM_TYPE_LABELS[item.dataType])];
  if (item.length !== null) details.push(String(item.length));
  if (item.description) details.push(item.description);
  return t.catalogue.history.dataItemValue(item.name, details.join(t.catalogue.listSeparator));
}
