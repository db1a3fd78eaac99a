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
  type TResourceInput,
} from "@govshare/validators";
import { cellOf, type CatalogueFile, type SheetRow } from "./read-workbook.ts";
import { ITEM_COLUMNS, ITEM_SHEET, RESOURCE_COLUMNS, RESOURCE_SHEET } from "./template.ts";

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

/** A data item as read from the 信息项 sheet, before the resource's schema checks it. */
interface ItemCells {
  name: string;
  dataType: string | null;
  length: number | null;
  description: string;
}

/**
 * Reads the 信息项 sheet into each resource's items, keyed by resource code, or by `name:` + resource
 * name when the code is blank. Also returns each item's row, so that an item's error points at it.
 */
function groupItems(file: CatalogueFile, report: ReportError) {
  const sheet = file.items;
  const fail = (row: SheetRow, column: string, message: string) =>
    report({ sheet: ITEM_SHEET, row: row.row, column, message });
  const itemsByResource = new Map<string, ItemCells[]>();
  const itemRows = new Map<ItemCells, number>();
  for (const row of sheet.rows) {
    const text = (header: string) => cellOf(sheet, row, header);
    const key = text(ITEM_COLUMNS.resourceCode) || `name:${text(ITEM_COLUMNS.resourceName)}`;
    if (key === "name:") {
      fail(row, ITEM_COLUMNS.resourceCode, "请填写信息资源代码或信息资源名称");
      continue;
    }
    const dataType = enumValueFromLabel(DATA_ITEM_TYPE_LABELS, text(ITEM_COLUMNS.dataType));
    if (!dataType)
      fail(row, ITEM_COLUMNS.dataType, `无法识别的数据类型：${text(ITEM_COLUMNS.dataType) || "（空）"}`);
    const lengthText = text(ITEM_COLUMNS.length);
    const length = lengthText ? Number(lengthText) : null;
    if (lengthText && !Number.isInteger(length)) fail(row, ITEM_COLUMNS.length, "数据长度应为整数");
    const item: ItemCells = {
      name: text(ITEM_COLUMNS.name),
      dataType,
      length,
      description: text(ITEM_COLUMNS.description),
    };
    itemRows.set(item, row.row);
    const items = itemsByResource.get(key);
    if (items) items.push(item);
    else itemsByResource.set(key, [item]);
  }
  return { itemsByResource, itemRows };
}

/**
 * Checks the template's rows one at a time, so that an import can validate and write a file in
 * batches. Returns a function that turns one row of the 信息资源 sheet into a resource input, or
 * reports its problems (every one, not just the first) and returns null. Labels are read in Chinese
 * (or English, or the stored value); data items join their resource by code, or by name when the code
 * is blank. Problems of the 信息项 sheet itself are reported when the checker is made.
 */
export function createRowChecker(file: CatalogueFile, departments: DepartmentLookup, report: ReportError) {
  const { itemsByResource, itemRows } = groupItems(file, report);
  const sheet = file.resources;
  const codesSeen = new Set<string>();

  return function checkRow(row: SheetRow): ImportRow | null {
    let failed = false;
    const fail = (column: string, message: string) => {
      failed = true;
      report({ sheet: RESOURCE_SHEET, row: row.row, column, message });
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
    if (code && codesSeen.has(code)) fail(RESOURCE_COLUMNS.code, `信息资源代码在文件中重复：${code}`);
    if (code) codesSeen.add(code);
    if (failed) return null;

    const dataItems = itemsByResource.get(code) ?? itemsByResource.get(`name:${cell("name")}`) ?? [];
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
    });
    if (parsed.success) return { row: row.row, input: parsed.data };
    for (const issue of parsed.error.issues) {
      const [field, index, property] = issue.path;
      const item = field === "dataItems" && typeof index === "number" ? dataItems[index] : undefined;
      if (item) {
        // the item's own row and column on the 信息项 sheet
        const column = ITEM_COLUMNS[property as keyof typeof ITEM_COLUMNS] ?? ITEM_COLUMNS.name;
        report({
          sheet: ITEM_SHEET,
          row: itemRows.get(item) ?? row.row,
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
