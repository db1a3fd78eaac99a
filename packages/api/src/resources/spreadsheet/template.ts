/**
 * The catalogue template (目录模板) departments fill in: sheet 信息资源, one row per resource, and sheet
 * 信息项, one row per data item. Import reads it, export writes it, so export → import changes nothing.
 */
export const RESOURCE_SHEET = "信息资源";
export const ITEM_SHEET = "信息项";

export const RESOURCE_COLUMNS = {
  classification: "信息资源分类",
  name: "信息资源名称",
  code: "信息资源代码",
  provider: "提供方",
  abstract: "信息资源摘要",
  format: "信息资源格式",
  sharingType: "共享类型",
  sharingCondition: "共享条件",
  sharingMethods: "共享方式",
  openAttribute: "开放属性",
  openCondition: "开放条件",
  updateCycle: "更新周期",
  publishDate: "发布日期",
  formationDate: "形成日期",
  relatedCodes: "关联资源代码",
  /** not in the list, but "not shared" needs its legal basis; optional for other rows */
  sharingBasis: "不予共享依据",
} as const;
export type ResourceColumn = keyof typeof RESOURCE_COLUMNS;

/** Columns a file must have; the others may be left out. */
export const REQUIRED_RESOURCE_COLUMNS: ResourceColumn[] = [
  "classification",
  "name",
  "provider",
  "format",
  "sharingType",
  "openAttribute",
  "updateCycle",
  "formationDate",
];

export const ITEM_COLUMNS = {
  resourceCode: "信息资源代码",
  resourceName: "信息资源名称",
  name: "信息项名称",
  dataType: "数据类型",
  length: "数据长度",
  description: "说明",
} as const;
export type ItemColumn = keyof typeof ITEM_COLUMNS;
export const REQUIRED_ITEM_COLUMNS: ItemColumn[] = ["name", "dataType"];

/** Limits that keep one import bounded (the issue: 50 MB+, 100k+ rows are refused). */
export const IMPORT_MAX_BYTES = 50 * 1024 * 1024;
export const IMPORT_MAX_ROWS = 100_000;
export const IMPORT_READ_TIMEOUT_MS = 120_000;
