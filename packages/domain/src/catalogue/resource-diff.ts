import type { TDataItemValue, TResourceChange, TResourceContent } from "@govshare/validators";

/** A data item as either side may hold it; API output adds a 1-based position. */
export type TDiffableDataItem = TDataItemValue & { position?: number };

/** What two versions are compared on: the content of a version (parsed input, stored content or output). */
export type TDiffableResource = Omit<TResourceContent, "code" | "dataItems"> & {
  code: string | null;
  dataItems: readonly TDiffableDataItem[];
};

/** Single-valued metadata fields, in the order history shows them. */
export const DIFF_SCALAR_FIELDS = [
  "classification",
  "code",
  "name",
  "providerDepartmentId",
  "abstract",
  "format",
  "formatDetail",
  "sharingType",
  "sharingCondition",
  "sharingBasis",
  "openAttribute",
  "openCondition",
  "updateCycle",
  "publishDate",
  "formationDate",
] as const satisfies readonly (keyof TDiffableResource)[];

/** Fields holding a set of values: their order means nothing, so reordering is not a change. */
export const DIFF_SET_FIELDS = [
  "sharingMethods",
  "relatedCodes",
] as const satisfies readonly (keyof TDiffableResource)[];

const DATA_ITEM_PROPERTIES = ["name", "dataType", "length", "description"] as const;

/**
 * The field-by-field changes from `before` to `after` (history: each version against the previous one).
 * Blank and missing text count as the same. Data items are matched by name, then leftover items at the
 * same position are taken as the same item renamed or retyped; the rest are reported as added or
 * removed. See TResourceChange in @govshare/validators for how `field` is spelled.
 */
export function diffResources(before: TDiffableResource, after: TDiffableResource): TResourceChange[] {
  const changes: TResourceChange[] = [];
  for (const field of DIFF_SCALAR_FIELDS) {
    const previous = emptyToNull(before[field]);
    const next = emptyToNull(after[field]);
    if (previous !== next) changes.push({ field, before: previous, after: next });
  }
  for (const field of DIFF_SET_FIELDS) {
    if (!sameSet(before[field], after[field])) {
      changes.push({ field, before: [...before[field]], after: [...after[field]] });
    }
  }
  changes.push(...diffDataItems(before.dataItems, after.dataItems));
  return changes;
}

function emptyToNull(value: string | null | undefined): string | null {
  return value === undefined || value === null || value.trim() === "" ? null : value;
}

function sameSet(left: readonly string[], right: readonly string[]): boolean {
  const leftSet = new Set(left);
  const rightSet = new Set(right);
  return leftSet.size === rightSet.size && [...leftSet].every((value) => rightSet.has(value));
}

function inListOrder(items: readonly TDiffableDataItem[]): TDiffableDataItem[] {
  return items.every((item) => item.position !== undefined)
    ? [...items].sort((left, right) => left.position! - right.position!)
    : [...items];
}

function itemValue(item: TDiffableDataItem): TDataItemValue {
  return { name: item.name, dataType: item.dataType, length: item.length, description: item.description };
}

function diffDataItems(
  beforeItems: readonly TDiffableDataItem[],
  afterItems: readonly TDiffableDataItem[],
): TResourceChange[] {
  const before = inListOrder(beforeItems);
  const after = inListOrder(afterItems);
  const beforeIndexByName = new Map(before.map((item, index) => [item.name, index]));
  /** after index -> before index of the same item */
  const matchedBefore = new Map<number, number>();
  const usedBefore = new Set<number>();
  after.forEach((item, afterIndex) => {
    const beforeIndex = beforeIndexByName.get(item.name);
    if (beforeIndex !== undefined) {
      matchedBefore.set(afterIndex, beforeIndex);
      usedBefore.add(beforeIndex);
    }
  });
  // an unmatched item where an unmatched item used to be is the same item renamed
  after.forEach((_item, afterIndex) => {
    if (!matchedBefore.has(afterIndex) && afterIndex < before.length && !usedBefore.has(afterIndex)) {
      matchedBefore.set(afterIndex, afterIndex);
      usedBefore.add(afterIndex);
    }
  });

  const changes: TResourceChange[] = [];
  after.forEach((item, afterIndex) => {
    const beforeIndex = matchedBefore.get(afterIndex);
    if (beforeIndex === undefined) {
      changes.push({ field: `dataItems[${item.name}]`, before: null, after: itemValue(item) });
      return;
    }
    const previous = before[beforeIndex]!;
    for (const property of DATA_ITEM_PROPERTIES) {
      const previousValue = property === "description" ? emptyToNull(previous[property]) : previous[property];
      const nextValue = property === "description" ? emptyToNull(item[property]) : item[property];
      if (previousValue !== nextValue) {
        changes.push({
          field: `dataItems[${item.name}].${property}`,
          before: previousValue,
          after: nextValue,
        });
      }
    }
  });
  before.forEach((item, beforeIndex) => {
    if (!usedBefore.has(beforeIndex)) {
      changes.push({ field: `dataItems[${item.name}]`, before: itemValue(item), after: null });
    }
  });

  // reported once, as the whole list, when items that are in both versions changed their order
  const keptBeforeIndexes = after.flatMap((_item, afterIndex) => matchedBefore.get(afterIndex) ?? []);
  const reordered = keptBeforeIndexes.some(
    (beforeIndex, i) => i > 0 && beforeIndex < keptBeforeIndexes[i - 1]!,
  );
  if (reordered) {
    changes.push({
      field: "dataItems.order",
      before: before.map((item) => item.name),
      after: after.map((item) => item.name),
    });
  }
  return changes;
}
