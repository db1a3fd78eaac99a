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
import type { CatalogueFile, SheetRow } from "./read-workbook.ts";
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

const text = (row: SheetRow, header: string) => row.cells.get(header) ?? "";

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
 * Turns the template's rows into resource inputs, checking every row and cell. Labels are read in
 * Chinese (or English, or the stored value); data items join their resource by code, or by name
 * when the code is blank. Returns every problem found, not just the first.
 */
export function rowsToResources(
  file: CatalogueFile,
  departments: DepartmentLookup,
): { rows: ImportRow[]; errors: ImportError[] } {
  const errors: ImportError[] = [];
  const fail = (sheet: string, row: number, column: string, message: string) =>
    errors.push({ sheet, row, column, message });

  const itemsByResource = new Map<string, Record<string, unknown>[]>();
  /** the 信息项 sheet's row of each item, so that an item's error points at its own row */
  const itemRows = new Map<Record<string, unknown>, number>();
  for (const row of file.items) {
    const key = text(row, ITEM_COLUMNS.resourceCode) || `name:${text(row, ITEM_COLUMNS.resourceName)}`;
    if (key === "name:") {
      fail(ITEM_SHEET, row.row, ITEM_COLUMNS.resourceCode, "请填写信息资源代码或信息资源名称");
      continue;
    }
    const dataType = enumValueFromLabel(DATA_ITEM_TYPE_LABELS, text(row, ITEM_COLUMNS.dataType));
    if (!dataType)
      fail(
        ITEM_SHEET,
        row.row,
        ITEM_COLUMNS.dataType,
        `无法识别的数据类型：${text(row, ITEM_COLUMNS.dataType) || "（空）"}`,
      );
    const lengthText = text(row, ITEM_COLUMNS.length);
    const length = lengthText ? Number(lengthText) : null;
    if (lengthText && !Number.isInteger(length))
      fail(ITEM_SHEET, row.row, ITEM_COLUMNS.length, "数据长度应为整数");
    const items = itemsByResource.get(key) ?? [];
    const item = {
      name: text(row, ITEM_COLUMNS.name),
      dataType,
      length,
      description: text(row, ITEM_COLUMNS.description),
    };
    itemRows.set(item, row.row);
    items.push(item);
    itemsByResource.set(key, items);
  }

  const rows: ImportRow[] = [];
  const codesSeen = new Set<string>();
  for (const row of file.resources) {
    const before = errors.length;
    const cell = (column: keyof typeof RESOURCE_COLUMNS) => text(row, RESOURCE_COLUMNS[column]);
    const providerText = cell("provider");
    const providerDepartmentId = departments.get(providerText);
    if (!providerDepartmentId)
      fail(
        RESOURCE_SHEET,
        row.row,
        RESOURCE_COLUMNS.provider,
        `找不到提供方部门：${providerText || "（空）"}`,
      );
    const format = resourceFormatFromLabel(cell("format"));
    if (!format)
      fail(
        RESOURCE_SHEET,
        row.row,
        RESOURCE_COLUMNS.format,
        `无法识别的信息资源格式：${cell("format") || "（空）"}`,
      );
    const enumCell = <Value extends string>(
      column: keyof typeof RESOURCE_COLUMNS,
      labels: Record<Value, { zh: string; en: string }>,
    ) => {
      const value = enumValueFromLabel(labels, cell(column));
      if (!value)
        fail(
          RESOURCE_SHEET,
          row.row,
          RESOURCE_COLUMNS[column],
          `无法识别的${RESOURCE_COLUMNS[column]}：${cell(column) || "（空）"}`,
        );
      return value;
    };
    const sharingType = enumCell("sharingType", SHARING_TYPE_LABELS);
    const openAttribute = enumCell("openAttribute", OPEN_ATTRIBUTE_LABELS);
    const updateCycle = enumCell("updateCycle", UPDATE_CYCLE_LABELS);
    const methods = enumValuesFromLabels(SHARING_METHOD_LABELS, cell("sharingMethods"));
    if (methods.unknown.length)
      fail(
        RESOURCE_SHEET,
        row.row,
        RESOURCE_COLUMNS.sharingMethods,
        `无法识别的共享方式：${methods.unknown.join("、")}`,
      );
    const code = cell("code");
    if (code && codesSeen.has(code))
      fail(RESOURCE_SHEET, row.row, RESOURCE_COLUMNS.code, `信息资源代码在文件中重复：${code}`);
    if (code) codesSeen.add(code);
    if (errors.length > before) continue;

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
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const [field, index, property] = issue.path;
        const item = field === "dataItems" && typeof index === "number" ? dataItems[index] : undefined;
        if (item) {
          // the item's own row and column on the 信息项 sheet
          const column = ITEM_COLUMNS[property as keyof typeof ITEM_COLUMNS] ?? ITEM_COLUMNS.name;
          fail(ITEM_SHEET, itemRows.get(item) ?? row.row, column, chinese(issue.message));
        } else if (field === "dataItems") {
          fail(RESOURCE_SHEET, row.row, RESOURCE_COLUMNS.name, chinese(issue.message));
        } else {
          fail(
            RESOURCE_SHEET,
            row.row,
            columnOfField[String(field)] ?? String(field),
            chinese(issue.message),
          );
        }
      }
      continue;
    }
    rows.push({ row: row.row, input: parsed.data });
  }
  return { rows, errors };
}
