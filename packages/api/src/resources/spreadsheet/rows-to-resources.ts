import type { RepeatedKeys } from "@govshare/db";
import {
  DATA_ITEM_TYPE_LABELS,
  enumValueFromLabel,
  enumValuesFromLabels,
  OPEN_ATTRIBUTE_LABELS,
  resourceFormatFromLabel,
  SHARING_METHOD_LABELS,
  SHARING_TYPE_LABELS,
  UPDATE_CYCLE_LABELS,
  ZResourceCreateInputSchema,
  type TResourceContent,
  type TResourceInput,
} from "@govshare/validators";
import { cellOf, type Sheet } from "./read-workbook.ts";
import {
  ITEM_COLUMNS,
  ITEM_SHEET,
  RESOURCE_COLUMNS,
  RESOURCE_SHEET,
  type ResourceColumn,
} from "./template.ts";

/** One problem of one cell, in the words the department reads (Chinese first). */
export interface ImportError {
  sheet: string;
  row: number;
  column: string;
  message: string;
}

export interface ImportRow {
  row: number;
  input: TResourceInput;
}

/** Departments by name and by code: 提供方 may be either. */
export type DepartmentLookup = Map<string, string>;

export type ReportError = (error: ImportError) => void;

/** The Chinese half of a "中文 / English" message: the template is Chinese, its errors too. */
const chinese = (message: string) => message.split(" / ")[0] ?? message;

/** Schema fields → the column a department sees, so that a zod issue points at a cell. */
const columnOfField: Record<string, string> = {
  classification: RESOURCE_COLUMNS.classification,
  name: RESOURCE_COLUMNS.name,
  code: RESOURCE_COLUMNS.code,
  providerDepartmentId: RESOURCE_COLUMNS.provider,
  abstract: RESOURCE_COLUMNS.abstract,
  format: RESOURCE_COLUMNS.format,
  formatDetail: RESOURCE_COLUMNS.format,
  sharingType: RESOURCE_COLUMNS.sharingType,
  sharingCondition: RESOURCE_COLUMNS.sharingCondition,
  sharingBasis: RESOURCE_COLUMNS.sharingBasis,
  sharingMethods: RESOURCE_COLUMNS.sharingMethods,
  openAttribute: RESOURCE_COLUMNS.openAttribute,
  openCondition: RESOURCE_COLUMNS.openCondition,
  updateCycle: RESOURCE_COLUMNS.updateCycle,
  publishDate: RESOURCE_COLUMNS.publishDate,
  formationDate: RESOURCE_COLUMNS.formationDate,
  relatedCodes: RESOURCE_COLUMNS.relatedCodes,
};

/**
 * Checks one row of the 信息项 sheet by itself (as the file is read) and returns the resource it belongs
 * to: its code, or `name:` + resource name when the code is blank. Null when it names neither.
 */
export function checkItemRow(
  columns: Map<string, number>,
  rowNumber: number,
  texts: string[],
  report: ReportError,
): string | null {
  const sheet: Sheet = { columns, rowNumbers: [rowNumber], cells: texts.map((text) => [text]) };
  const text = (header: string) => cellOf(sheet, 0, header);
  const fail = (column: string, message: string) =>
    report({ sheet: ITEM_SHEET, row: rowNumber, column, message });
  const key = text(ITEM_COLUMNS.resourceCode) || `name:${text(ITEM_COLUMNS.resourceName)}`;
  if (key === "name:") {
    fail(ITEM_COLUMNS.resourceCode, "请填写信息资源代码或信息资源名称");
    return null;
  }
  const item = itemOf(sheet, 0);
  if (!item.dataType)
    fail(ITEM_COLUMNS.dataType, `无法识别的数据类型：${text(ITEM_COLUMNS.dataType) || "（空）"}`);
  if (item.length !== null && !Number.isInteger(item.length)) fail(ITEM_COLUMNS.length, "数据长度应为整数");
  return key;
}

/** The keys under which a 信息资源 row's items may be filed: its code, then its name (see checkItemRow). */
export function itemKeysOf(sheet: Sheet, row: number): string[] {
  const code = cellOf(sheet, row, RESOURCE_COLUMNS.code);
  const byName = `name:${cellOf(sheet, row, RESOURCE_COLUMNS.name)}`;
  return code ? [code, byName] : [byName];
}

/** The 信息项 rows of a batch of resources, and which of them each resource key has, in sheet order. */
export interface BatchItems {
  sheet: Sheet;
  rowsByKey: Map<string, number[]>;
}

export function batchItemsOf(sheet: Sheet, keys: (string | null)[]): BatchItems {
  const rowsByKey = new Map<string, number[]>();
  keys.forEach((key, row) => {
    if (key === null) return;
    const rows = rowsByKey.get(key);
    if (rows) rows.push(row);
    else rowsByKey.set(key, [row]);
  });
  return { sheet, rowsByKey };
}

/** A data item as its row reads, before the resource's schema checks it. */
function itemOf(sheet: Sheet, row: number) {
  const text = (header: string) => cellOf(sheet, row, header);
  const lengthText = text(ITEM_COLUMNS.length);
  return {
    name: text(ITEM_COLUMNS.name),
    dataType: enumValueFromLabel(DATA_ITEM_TYPE_LABELS, text(ITEM_COLUMNS.dataType)),
    length: lengthText ? Number(lengthText) : null,
    description: text(ITEM_COLUMNS.description),
  };
}

/** The optional columns (template.ts) and the field each fills. */
const FIELD_OF_OPTIONAL_COLUMN = {
  abstract: "abstract",
  sharingCondition: "sharingCondition",
  sharingBasis: "sharingBasis",
  sharingMethods: "sharingMethods",
  openCondition: "openCondition",
  publishDate: "publishDate",
  relatedCodes: "relatedCodes",
} as const satisfies Partial<Record<ResourceColumn, keyof TResourceContent>>;

/**
 * What a row updating `existing` takes from the catalogue instead of the file: the fields of optional
 * columns the file leaves out, and the data items when it has no 信息项 sheet (a CSV file, or a
 * workbook of resources only). A file that says nothing of a field leaves it as it is; an empty cell
 * in a column the file has does clear it.
 */
function keptFromCatalogue(
  columns: Map<string, number>,
  hasItemSheet: boolean,
  existing: TResourceContent,
): Partial<TResourceContent> {
  const kept: Partial<TResourceContent> = {};
  for (const [column, field] of Object.entries(FIELD_OF_OPTIONAL_COLUMN)) {
    if (!columns.has(RESOURCE_COLUMNS[column as keyof typeof FIELD_OF_OPTIONAL_COLUMN])) {
      Object.assign(kept, { [field]: existing[field] });
    }
  }
  if (!hasItemSheet) kept.dataItems = existing.dataItems;
  return kept;
}

/**
 * Checks the template's rows a batch at a time, so that an import can validate and write a file in
 * batches. Returns a function that turns one row of a batch of the 信息资源 sheet into a resource input,
 * or reports its problems (every one, not just the first) and returns null. Labels are read in Chinese
 * (or English, or the stored value); data items join their resource by its code or by its name (the
 * batch's items: `items`), by name only where the name is the file's one resource of that name. The
 * 信息项 sheet's own problems are checkItemRow's.
 */
export function createRowChecker(departments: DepartmentLookup, repeated: RepeatedKeys, report: ReportError) {
  /** whether a row before `rowNumber` has `key` (repeated: the file's repeated keys and their first rows) */
  const onEarlierRow = (firstRows: Map<string, number>, key: string, rowNumber: number) =>
    (firstRows.get(key) ?? rowNumber) < rowNumber;

  /**
   * `row` is an index into `sheet`, a batch of the 信息资源 sheet's rows; `existing`, the catalogue's
   * content of the row's code, when it has one (see keptFromCatalogue).
   */
  return function checkRow(
    sheet: Sheet,
    row: number,
    items: BatchItems,
    existing?: TResourceContent,
  ): ImportRow | null {
    const rowNumber = sheet.rowNumbers[row]!;
    let failed = false;
    const fail = (column: string, message: string) => {
      failed = true;
      report({ sheet: RESOURCE_SHEET, row: rowNumber, column, message });
    };
    const cell = (column: keyof typeof RESOURCE_COLUMNS) => cellOf(sheet, row, RESOURCE_COLUMNS[column]);
    const providerText = cell("provider");
    const providerDepartmentId = departments.get(providerText);
    if (!providerDepartmentId)
      fail(RESOURCE_COLUMNS.provider, `找不到提供方部门：${providerText || "（空）"}`);
    const format = resourceFormatFromLabel(cell("format"));
    if (!format) fail(RESOURCE_COLUMNS.format, `无法识别的信息资源格式：${cell("format") || "（空）"}`);
    const enumCell = <Value extends string>(
      column: keyof typeof RESOURCE_COLUMNS,
      labels: Record<Value, { zh: string; en: string }>,
    ) => {
      const value = enumValueFromLabel(labels, cell(column));
      if (!value)
        fail(RESOURCE_COLUMNS[column], `无法识别的${RESOURCE_COLUMNS[column]}：${cell(column) || "（空）"}`);
      return value;
    };
    const sharingType = enumCell("sharingType", SHARING_TYPE_LABELS);
    const openAttribute = enumCell("openAttribute", OPEN_ATTRIBUTE_LABELS);
    const updateCycle = enumCell("updateCycle", UPDATE_CYCLE_LABELS);
    const methods = enumValuesFromLabels(SHARING_METHOD_LABELS, cell("sharingMethods"));
    if (methods.unknown.length)
      fail(RESOURCE_COLUMNS.sharingMethods, `无法识别的共享方式：${methods.unknown.join("、")}`);
    const code = cell("code");
    if (code && onEarlierRow(repeated.codes, code, rowNumber)) {
      fail(RESOURCE_COLUMNS.code, `信息资源代码在文件中重复：${code}`);
    }
    // items filed by name would go to every row of that name: which one they belong to is unknown
    const name = cell("name");
    const byName = items.rowsByKey.get(`name:${name}`) ?? [];
    if (onEarlierRow(repeated.names, name, rowNumber) && byName.length) {
      fail(
        RESOURCE_COLUMNS.name,
        `信息资源名称在文件中重复：${name}，按名称填写的信息项无法确定所属资源，请改为按信息资源代码填写`,
      );
    }
    if (failed) return null;

    // a resource's items are those filed by its code and by its name, in sheet order
    const byCode = code ? (items.rowsByKey.get(code) ?? []) : [];
    const rowsOfItems = [...byCode, ...byName].sort((a, b) => a - b);
    const dataItems = rowsOfItems.map((itemRow) => itemOf(items.sheet, itemRow));
    const parsed = ZResourceCreateInputSchema.safeParse({
      classification: cell("classification"),
      name: cell("name"),
      code: code || null,
      providerDepartmentId,
      abstract: cell("abstract"),
      format: format!.format,
      formatDetail: format!.formatDetail,
      sharingType,
      sharingCondition: cell("sharingCondition"),
      sharingBasis: cell("sharingBasis"),
      sharingMethods: methods.values,
      openAttribute,
      openCondition: cell("openCondition"),
      updateCycle,
      publishDate: cell("publishDate") || null,
      formationDate: cell("formationDate"),
      relatedCodes: cell("relatedCodes")
        .split(/[,;、\s]+/)
        .filter(Boolean),
      dataItems,
      ...(existing && keptFromCatalogue(sheet.columns, items.sheet.columns.size > 0, existing)),
    });
    if (parsed.success) return { row: rowNumber, input: parsed.data };
    for (const issue of parsed.error.issues) {
      const [field, index, property] = issue.path;
      const itemRow = field === "dataItems" && typeof index === "number" ? rowsOfItems[index] : undefined;
      if (itemRow !== undefined) {
        // the item's own row and column on the 信息项 sheet
        const column = ITEM_COLUMNS[property as keyof typeof ITEM_COLUMNS] ?? ITEM_COLUMNS.name;
        report({
          sheet: ITEM_SHEET,
          row: items.sheet.rowNumbers[itemRow]!,
          column,
          message: chinese(issue.message),
        });
      } else {
        const column =
          field === "dataItems" ? RESOURCE_COLUMNS.name : (columnOfField[String(field)] ?? String(field));
        fail(column, chinese(issue.message));
      }
    }
    return null;
  };
}
