import { z } from "zod";
import { ZDepartmentSchema } from "./department.ts";
import { zPage, zPageInput } from "./paging.ts";
import { bilingual } from "./zod-messages.ts";

// The information resource catalogue (政务信息资源目录): enums, labels, the classification and code
// grammar, and the schemas of the resources API. The field set follows DOMAIN.md's core metadata table.

/** A label in both languages; the console shows `zh` first, the spreadsheet template uses `zh`. */
export type TLabel = { zh: string; en: string };

// ---------------------------------------------------------------------------------------------------
// Enums and their labels

/** 共享类型 */
export const SHARING_TYPES = ["unconditional", "conditional", "none"] as const;
export const ZSharingTypeSchema = z.enum(SHARING_TYPES);
export type TSharingType = z.infer<typeof ZSharingTypeSchema>;
export const SHARING_TYPE_LABELS: Record<TSharingType, TLabel> = {
  unconditional: { zh: "无条件共享", en: "unconditional" },
  conditional: { zh: "有条件共享", en: "conditional" },
  none: { zh: "不予共享", en: "not shared" },
};

/** 开放属性 (opening to the public, as opposed to sharing between departments) */
export const OPEN_ATTRIBUTES = ["open", "conditional", "closed"] as const;
export const ZOpenAttributeSchema = z.enum(OPEN_ATTRIBUTES);
export type TOpenAttribute = z.infer<typeof ZOpenAttributeSchema>;
export const OPEN_ATTRIBUTE_LABELS: Record<TOpenAttribute, TLabel> = {
  open: { zh: "向社会开放", en: "open to the public" },
  conditional: { zh: "有条件开放", en: "conditionally open" },
  closed: { zh: "不予开放", en: "not open" },
};

/** 更新周期 */
export const UPDATE_CYCLES = [
  "realtime",
  "daily",
  "weekly",
  "monthly",
  "quarterly",
  "half_yearly",
  "yearly",
  "irregular",
] as const;
export const ZUpdateCycleSchema = z.enum(UPDATE_CYCLES);
export type TUpdateCycle = z.infer<typeof ZUpdateCycleSchema>;
export const UPDATE_CYCLE_LABELS: Record<TUpdateCycle, TLabel> = {
  realtime: { zh: "实时", en: "real-time" },
  daily: { zh: "每日", en: "daily" },
  weekly: { zh: "每周", en: "weekly" },
  monthly: { zh: "每月", en: "monthly" },
  quarterly: { zh: "每季度", en: "quarterly" },
  half_yearly: { zh: "每半年", en: "half-yearly" },
  yearly: { zh: "每年", en: "yearly" },
  irregular: { zh: "不定期", en: "irregular" },
};

/** 信息资源格式; the sub-kind of a format (xlsx, pdf, …) goes in `formatDetail`. */
export const RESOURCE_FORMATS = ["database", "file", "image", "streaming", "api", "other"] as const;
export const ZResourceFormatSchema = z.enum(RESOURCE_FORMATS);
export type TResourceFormat = z.infer<typeof ZResourceFormatSchema>;
export const RESOURCE_FORMAT_LABELS: Record<TResourceFormat, TLabel> = {
  database: { zh: "数据库", en: "database table" },
  file: { zh: "电子文件", en: "electronic file" },
  image: { zh: "图形图像", en: "image" },
  streaming: { zh: "流媒体", en: "streaming media" },
  api: { zh: "接口", en: "API" },
  other: { zh: "其他", en: "other" },
};

/** 共享方式 */
export const SHARING_METHODS = ["api", "file_download", "database_exchange", "online_query"] as const;
export const ZSharingMethodSchema = z.enum(SHARING_METHODS);
export type TSharingMethod = z.infer<typeof ZSharingMethodSchema>;
export const SHARING_METHOD_LABELS: Record<TSharingMethod, TLabel> = {
  api: { zh: "接口", en: "API" },
  file_download: { zh: "文件下载", en: "file download" },
  database_exchange: { zh: "数据库交换", en: "database exchange" },
  online_query: { zh: "在线查询", en: "online query" },
};

/** 信息项的数据类型 */
export const DATA_ITEM_TYPES = ["string", "number", "date", "datetime", "boolean", "binary"] as const;
export const ZDataItemTypeSchema = z.enum(DATA_ITEM_TYPES);
export type TDataItemType = z.infer<typeof ZDataItemTypeSchema>;
export const DATA_ITEM_TYPE_LABELS: Record<TDataItemType, TLabel> = {
  string: { zh: "字符型", en: "string" },
  number: { zh: "数值型", en: "number" },
  date: { zh: "日期型", en: "date" },
  datetime: { zh: "日期时间型", en: "date and time" },
  boolean: { zh: "布尔型", en: "boolean" },
  binary: { zh: "二进制", en: "binary" },
};

/** Where a resource is in its lifecycle; packages/domain's lifecycle.ts says which moves are allowed. */
export const RESOURCE_STATUSES = ["draft", "submitted", "published", "retired"] as const;
export const ZResourceStatusSchema = z.enum(RESOURCE_STATUSES);
export type TResourceStatus = z.infer<typeof ZResourceStatusSchema>;
export const RESOURCE_STATUS_LABELS: Record<TResourceStatus, TLabel> = {
  draft: { zh: "草稿", en: "draft" },
  submitted: { zh: "待审核", en: "submitted" },
  published: { zh: "已发布", en: "published" },
  retired: { zh: "已停用", en: "retired" },
};

/**
 * A published resource's next version, while it is pending: being edited (draft) or waiting for the
 * centre's review (submitted). resources.list finds revisions by it.
 */
export const PENDING_REVISION_STATES = ["draft", "submitted"] as const;
export const ZPendingRevisionStateSchema = z.enum(PENDING_REVISION_STATES);
export type TPendingRevisionState = z.infer<typeof ZPendingRevisionStateSchema>;
export const PENDING_REVISION_LABELS: Record<TPendingRevisionState, TLabel> = {
  draft: { zh: "修订编辑中", en: "revision being edited" },
  submitted: { zh: "修订待审核", en: "revision awaiting review" },
};

export const REVIEW_DECISIONS = ["approve", "return"] as const;
export const ZReviewDecisionSchema = z.enum(REVIEW_DECISIONS);
export type TReviewDecision = z.infer<typeof ZReviewDecisionSchema>;
export const REVIEW_DECISION_LABELS: Record<TReviewDecision, TLabel> = {
  approve: { zh: "通过", en: "approve" },
  return: { zh: "退回修改", en: "return for changes" },
};

/**
 * Finds the enum value a spreadsheet cell or a URL means: the Chinese label, the English label or the
 * value itself, ignoring surrounding spaces, full-width forms and (for latin) case. Null if none fits.
 */
export function enumValueFromLabel<Value extends string>(
  labels: Record<Value, TLabel>,
  text: string,
): Value | null {
  const wanted = text.normalize("NFKC").trim().toLowerCase();
  if (wanted === "") return null;
  return (valuesByLabel(labels).get(wanted) as Value | undefined) ?? null;
}

/** Each label set's values by every text that means them (an import reads ~130k cells with these). */
const labelIndexes = new WeakMap<object, Map<string, string>>();

function valuesByLabel(labels: Record<string, TLabel>): Map<string, string> {
  let index = labelIndexes.get(labels);
  if (!index) {
    index = new Map();
    // reversed, so that where texts collide the first value wins, as a search in order would find it
    for (const [value, label] of Object.entries(labels).reverse()) {
      index.set(label.en.toLowerCase(), value);
      index.set(label.zh, value);
      index.set(value, value);
    }
    labelIndexes.set(labels, index);
  }
  return index;
}

/** Splits a multi-value cell such as `接口、文件下载` into enum values; names the parts that fit none. */
export function enumValuesFromLabels<Value extends string>(
  labels: Record<Value, TLabel>,
  text: string,
): { values: Value[]; unknown: string[] } {
  const values: Value[] = [];
  const unknown: string[] = [];
  for (const part of text.normalize("NFKC").split(/[,;、|/\n]+/)) {
    if (part.trim() === "") continue;
    const value = enumValueFromLabel(labels, part);
    if (value === null) unknown.push(part.trim());
    else if (!values.includes(value)) values.push(value);
  }
  return { values, unknown };
}

/**
 * Reads a 信息资源格式 cell: a format label, optionally with its sub-kind as `电子文件/xlsx` or
 * `电子文件（xlsx）`. Null when the format part fits no label.
 */
export function resourceFormatFromLabel(
  text: string,
): { format: TResourceFormat; formatDetail: string | null } | null {
  const normalized = text.normalize("NFKC").trim();
  const match = /^([^/(]+?)\s*(?:\/\s*(.+?)|\(\s*(.+?)\s*\))?\s*$/.exec(normalized);
  if (!match) return null;
  const format = enumValueFromLabel(RESOURCE_FORMAT_LABELS, match[1]!);
  if (format === null) return null;
  const formatDetail = (match[2] ?? match[3] ?? "").trim();
  return { format, formatDetail: formatDetail === "" ? null : formatDetail };
}

/** The 信息资源格式 cell that `resourceFormatFromLabel` reads back to the same values. */
export function resourceFormatLabel(format: TResourceFormat, formatDetail: string | null): string {
  const label = RESOURCE_FORMAT_LABELS[format].zh;
  return formatDetail ? `${label}/${formatDetail}` : label;
}

/** Field names as users read them (history diffs, import errors, the spreadsheet's column headers). */
export const RESOURCE_FIELD_LABELS = {
  classification: { zh: "信息资源分类", en: "classification" },
  name: { zh: "信息资源名称", en: "name" },
  code: { zh: "信息资源代码", en: "code" },
  providerDepartmentId: { zh: "提供方", en: "provider" },
  abstract: { zh: "信息资源摘要", en: "abstract" },
  format: { zh: "信息资源格式", en: "format" },
  formatDetail: { zh: "格式细类", en: "format detail" },
  dataItems: { zh: "信息项", en: "data items" },
  sharingType: { zh: "共享类型", en: "sharing type" },
  sharingCondition: { zh: "共享条件", en: "sharing condition" },
  sharingBasis: { zh: "不予共享依据（法律法规或政策依据）", en: "legal or policy basis for not sharing" },
  sharingMethods: { zh: "共享方式", en: "sharing methods" },
  openAttribute: { zh: "开放属性", en: "open attribute" },
  openCondition: { zh: "开放条件", en: "open condition" },
  updateCycle: { zh: "更新周期", en: "update cycle" },
  publishDate: { zh: "发布日期", en: "publish date" },
  formationDate: { zh: "形成日期", en: "formation date" },
  relatedCodes: { zh: "关联资源代码", en: "related resource codes" },
} as const satisfies Record<string, TLabel>;

export const DATA_ITEM_FIELD_LABELS = {
  name: { zh: "信息项名称", en: "data item name" },
  dataType: { zh: "数据类型", en: "data type" },
  length: { zh: "数据长度", en: "length" },
  description: { zh: "说明", en: "description" },
} as const satisfies Record<string, TLabel>;

// ---------------------------------------------------------------------------------------------------
// Classification (信息资源分类: 类/项/目/细目) and resource codes (信息资源代码)

/** 类: 1 base (基础), 2 theme (主题), 3 department (部门). */
export const CLASSIFICATION_CATEGORIES = [1, 2, 3] as const;
export type TClassificationCategory = (typeof CLASSIFICATION_CATEGORIES)[number];
export const CLASSIFICATION_CATEGORY_LABELS: Record<TClassificationCategory, TLabel> = {
  1: { zh: "基础信息资源", en: "base resources" },
  2: { zh: "主题信息资源", en: "theme resources" },
  3: { zh: "部门信息资源", en: "department resources" },
};

/** 项 of the base class (类 1), numbered 01–05 in the national guide's order. */
export const BASE_CLASS_ITEMS = ["01", "02", "03", "04", "05"] as const;
export type TBaseClassItem = (typeof BASE_CLASS_ITEMS)[number];
export const BASE_CLASS_ITEM_LABELS: Record<TBaseClassItem, TLabel> = {
  "01": { zh: "人口", en: "population" },
  "02": { zh: "法人", en: "legal entities" },
  "03": { zh: "自然资源和空间地理", en: "natural resources and geospatial" },
  "04": { zh: "社会信用", en: "social credit" },
  "05": { zh: "电子证照", en: "e-licences" },
};

/** 项 of the theme class (类 2): DOMAIN.md's 12 themes, numbered 01–12 in that order. */
export const THEME_CLASS_ITEMS = [
  "01",
  "02",
  "03",
  "04",
  "05",
  "06",
  "07",
  "08",
  "09",
  "10",
  "11",
  "12",
] as const;
export type TThemeClassItem = (typeof THEME_CLASS_ITEMS)[number];
export const THEME_CLASS_ITEM_LABELS: Record<TThemeClassItem, TLabel> = {
  "01": { zh: "公共服务", en: "public services" },
  "02": { zh: "健康保障", en: "health" },
  "03": { zh: "社会保障", en: "social security" },
  "04": { zh: "食品药品安全", en: "food and drug safety" },
  "05": { zh: "安全生产", en: "work safety" },
  "06": { zh: "价格监管", en: "price supervision" },
  "07": { zh: "能源安全", en: "energy security" },
  "08": { zh: "信用体系", en: "credit system" },
  "09": { zh: "城乡建设", en: "urban-rural construction" },
  "10": { zh: "社区治理", en: "community governance" },
  "11": { zh: "生态环保", en: "ecology and environment" },
  "12": { zh: "应急维稳", en: "emergency response" },
};

/** 细目 is optional and of variable length; more than this many digits is surely a typing mistake. */
export const CLASSIFICATION_DETAIL_MAX_DIGITS = 6;
/** The sequence part of a code: 6 digits, 000001–999999, unique within the classification. */
export const RESOURCE_SEQUENCE_DIGITS = 6;
export const RESOURCE_SEQUENCE_MAX = 999_999;

export type TClassification = {
  category: TClassificationCategory;
  /** 项, 2 digits */
  item: string;
  /** 目, 3 digits */
  subject: string;
  /** 细目, digits, or null when the classification stops at 目 */
  detail: string | null;
  /** the canonical spelling: all parts run together, e.g. "102001" or "10200101" */
  digits: string;
};

export type TCheckResult<Value> = { ok: true; value: Value } | { ok: false; message: string };

const HYPHENATED_CLASSIFICATION = /^(\d)-(\d{2})-(\d{3})(?:-(\d+))?$/;
const DIGITS_CLASSIFICATION = /^(\d)(\d{2})(\d{3})(\d*)$/;

const CLASSIFICATION_SPELLING_MESSAGE = bilingual(
  "信息资源分类应写作 类-项-目[-细目]（如 1-02-001）或连写的数字（如 102001）",
  "classification must be written 类-项-目[-细目] such as 1-02-001, or as the digits alone such as 102001",
);

/**
 * Reads a classification in either spelling the catalogue template allows (`1-02-001[-01]` or
 * `102001[01]`) and checks each part's range. Lives here rather than in packages/domain because the
 * zod schemas need it and validators may not import domain; domain wraps it to throw AppError.
 */
export function checkClassification(text: string): TCheckResult<TClassification> {
  const normalized = text.normalize("NFKC").trim();
  const parts = HYPHENATED_CLASSIFICATION.exec(normalized) ?? DIGITS_CLASSIFICATION.exec(normalized);
  if (!parts) return { ok: false, message: CLASSIFICATION_SPELLING_MESSAGE };
  const [, categoryDigit = "", item = "", subject = "", detailDigits = ""] = parts;
  const category = CLASSIFICATION_CATEGORIES.find((candidate) => String(candidate) === categoryDigit);
  if (category === undefined) {
    return {
      ok: false,
      message: bilingual(
        `信息资源分类的类应为 1（基础）、2（主题）或 3（部门），而不是 ${categoryDigit}`,
        `the class must be 1 (base), 2 (theme) or 3 (department), not ${categoryDigit}`,
      ),
    };
  }
  const itemProblem = classificationItemProblem(category, item);
  if (itemProblem) return { ok: false, message: itemProblem };
  if (subject === "000") {
    return {
      ok: false,
      message: bilingual("信息资源分类的目应为 001–999", "the subject (目) must be 001–999"),
    };
  }
  const detail = detailDigits ? detailDigits : null;
  if (detail !== null && (detail.length > CLASSIFICATION_DETAIL_MAX_DIGITS || /^0+$/.test(detail))) {
    return {
      ok: false,
      message: bilingual(
        `信息资源分类的细目应为 1–${CLASSIFICATION_DETAIL_MAX_DIGITS} 位数字且不全为 0`,
        `the detail (细目) must be 1–${CLASSIFICATION_DETAIL_MAX_DIGITS} digits, not all zeros`,
      ),
    };
  }
  return {
    ok: true,
    value: { category, item, subject, detail, digits: `${category}${item}${subject}${detail ?? ""}` },
  };
}

function classificationItemProblem(category: TClassificationCategory, item: string): string | null {
  if (category === 1 && !(BASE_CLASS_ITEMS as readonly string[]).includes(item)) {
    return bilingual(
      `基础信息资源的项应为 01–05（人口、法人、自然资源和空间地理、社会信用、电子证照），而不是 ${item}`,
      `base resources have items 01–05 (population, legal entities, natural resources and geospatial, social credit, e-licences), not ${item}`,
    );
  }
  if (category === 2 && !(THEME_CLASS_ITEMS as readonly string[]).includes(item)) {
    return bilingual(
      `主题信息资源的项应为 01–12，而不是 ${item}`,
      `theme resources have items 01–12, not ${item}`,
    );
  }
  if (category === 3 && item === "00") {
    return bilingual(
      "部门信息资源的项为部门的两位编号 01–99",
      "department resources have the department's two-digit number 01–99 as item",
    );
  }
  return null;
}

export type TResourceCodeParts = {
  classification: TClassification;
  sequence: number;
  /** the canonical code, e.g. "102001/000123" */
  code: string;
};

/** Checks a resource code `<classification digits>/<6-digit sequence>`, e.g. `102001/000123`. */
export function checkResourceCode(text: string): TCheckResult<TResourceCodeParts> {
  const normalized = text.normalize("NFKC").trim();
  const match = /^(\d+)\/(\d+)$/.exec(normalized);
  if (!match || match[2]!.length !== RESOURCE_SEQUENCE_DIGITS) {
    return {
      ok: false,
      message: bilingual(
        `信息资源代码应为 分类代码/${RESOURCE_SEQUENCE_DIGITS} 位顺序码（如 102001/000001），而不是 ${normalized || "空白"}`,
        `a resource code is <classification digits>/<${RESOURCE_SEQUENCE_DIGITS}-digit sequence> such as 102001/000001, not ${normalized || "blank"}`,
      ),
    };
  }
  const classification = checkClassification(match[1]!);
  if (!classification.ok) return classification;
  const sequence = Number(match[2]);
  if (sequence === 0) {
    return {
      ok: false,
      message: bilingual("信息资源代码的顺序码从 000001 开始", "a code's sequence starts at 000001"),
    };
  }
  return {
    ok: true,
    value: {
      classification: classification.value,
      sequence,
      code: `${classification.value.digits}/${match[2]}`,
    },
  };
}

/** A classification in either spelling, parsed to its canonical digits. */
export const ZClassificationSchema = z.string().transform((text, ctx) => {
  const result = checkClassification(text);
  if (result.ok) return result.value.digits;
  ctx.addIssue({ code: "custom", message: result.message });
  return z.NEVER;
});

/** A resource code, normalised (trimmed, half-width). */
export const ZResourceCodeSchema = z.string().transform((text, ctx) => {
  const result = checkResourceCode(text);
  if (result.ok) return result.value.code;
  ctx.addIssue({ code: "custom", message: result.message });
  return z.NEVER;
});

/**
 * The start of a classification, to filter a list by 类, 类-项, …: `1`, `1-02`, `102`, `1-02-001`; parsed
 * to digits. Blank (a cleared filter box) means no filter.
 */
export const ZClassificationPrefixSchema = z
  .string()
  .transform((text) => text.normalize("NFKC").trim())
  .pipe(
    z
      .string()
      .regex(
        /^(?:|\d(?:-\d{2}(?:-\d{3}(?:-\d+)?)?)?|\d{1,12})$/,
        bilingual(
          "分类筛选应为分类代码的开头，如 1、1-02 或 102001",
          "filter by the start of a classification, such as 1, 1-02 or 102001",
        ),
      ),
  )
  .transform((text) => text.replaceAll("-", "") || undefined);

// ---------------------------------------------------------------------------------------------------
// Input schemas

/** Free text that may be left out: blank becomes null, so "no condition" is spelled one way. */
function zOptionalText(max: number) {
  return z
    .string()
    .trim()
    .max(max, bilingual(`最多 ${max} 个字符`, `at most ${max} characters`))
    .nullish()
    .transform((text) => (text ? text : null));
}

export const DATA_ITEMS_MAX = 500;
export const RELATED_CODES_MAX = 50;
export const DATA_ITEM_LENGTH_MAX = 100_000;

/** 信息项 as entered; its position is its place in the resource's list. */
export const ZDataItemSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, bilingual("请输入信息项名称", "enter the data item's name"))
    .max(100, bilingual("信息项名称最多 100 个字符", "a data item name has at most 100 characters")),
  dataType: ZDataItemTypeSchema,
  length: z
    .int(bilingual("数据长度必须是整数", "length must be a whole number"))
    .positive(bilingual("数据长度必须大于 0", "length must be greater than 0"))
    .max(
      DATA_ITEM_LENGTH_MAX,
      bilingual(`数据长度最多 ${DATA_ITEM_LENGTH_MAX}`, `length is at most ${DATA_ITEM_LENGTH_MAX}`),
    )
    .nullish()
    .transform((length) => length ?? null),
  description: z
    .string()
    .trim()
    .max(500, bilingual("说明最多 500 个字符", "a description has at most 500 characters"))
    .nullish()
    .transform((text) => text ?? ""),
});
export type TDataItemInput = z.input<typeof ZDataItemSchema>;
export type TDataItem = z.output<typeof ZDataItemSchema>;

const ZDataItemsSchema = z
  .array(ZDataItemSchema)
  .max(DATA_ITEMS_MAX, bilingual(`信息项最多 ${DATA_ITEMS_MAX} 个`, `at most ${DATA_ITEMS_MAX} data items`))
  .superRefine((items, ctx) => {
    // history diffs and the 信息项 sheet identify items by name, so a name may appear once
    const seen = new Set<string>();
    items.forEach((item, index) => {
      if (seen.has(item.name)) {
        ctx.addIssue({
          code: "custom",
          path: [index, "name"],
          message: bilingual(`信息项名称重复：${item.name}`, `duplicate data item name: ${item.name}`),
        });
      }
      seen.add(item.name);
    });
  });

const ZIsoDateSchema = z.iso.date(bilingual("日期应为 YYYY-MM-DD", "a date is YYYY-MM-DD"));

/** The fields a resource is created or updated with; `withResourceRules` adds the rules across fields. */
const ZResourceFieldsSchema = z.object({
  classification: ZClassificationSchema,
  name: z
    .string()
    .trim()
    .min(1, bilingual("请输入信息资源名称", "enter the resource's name"))
    .max(200, bilingual("信息资源名称最多 200 个字符", "a name has at most 200 characters")),
  /** blank: the platform generates the next code in the classification */
  code: z
    .string()
    .nullish()
    .transform((text) => (text?.trim() ? text : null))
    .pipe(ZResourceCodeSchema.nullable()),
  providerDepartmentId: z.uuid(),
  abstract: z
    .string()
    .trim()
    .max(2000, bilingual("信息资源摘要最多 2000 个字符", "an abstract has at most 2000 characters"))
    .nullish()
    .transform((text) => text ?? ""),
  format: ZResourceFormatSchema,
  /** sub-kind of the format, e.g. xlsx or pdf for an electronic file */
  formatDetail: zOptionalText(50),
  dataItems: ZDataItemsSchema.default([]),
  sharingType: ZSharingTypeSchema,
  sharingCondition: zOptionalText(1000),
  /** 法律法规或政策依据: why a resource is not shared; required for sharing type "none" */
  sharingBasis: zOptionalText(1000),
  sharingMethods: z
    .array(ZSharingMethodSchema)
    .transform((methods) => [...new Set(methods)])
    .default([]),
  openAttribute: ZOpenAttributeSchema,
  openCondition: zOptionalText(1000),
  updateCycle: ZUpdateCycleSchema,
  publishDate: ZIsoDateSchema.nullish().transform((date) => date ?? null),
  /** 形成日期: when the resource came into being; the sharing-rate target counts by it */
  formationDate: ZIsoDateSchema,
  relatedCodes: z
    .array(ZResourceCodeSchema)
    .max(
      RELATED_CODES_MAX,
      bilingual(`关联资源代码最多 ${RELATED_CODES_MAX} 个`, `at most ${RELATED_CODES_MAX} related codes`),
    )
    .transform((codes) => [...new Set(codes)])
    .default([]),
});

/** What the cross-field rules look at; parsed input, stored content and API output all fit it. */
export type TResourceRuleSubject = {
  classification: string;
  code?: string | null;
  sharingType: TSharingType;
  sharingCondition?: string | null;
  sharingBasis?: string | null;
  sharingMethods: readonly TSharingMethod[];
  openAttribute: TOpenAttribute;
  openCondition?: string | null;
  relatedCodes?: readonly string[];
};

export type TRuleIssue = { path: (string | number)[]; message: string };

/**
 * The catalogue rules that span fields (DOMAIN.md, 国发〔2016〕51号). Shared by the schemas (inline form
 * errors) and packages/domain (re-checked before a resource is submitted).
 */
export function resourceRuleIssues(resource: TResourceRuleSubject): TRuleIssue[] {
  const issues: TRuleIssue[] = [];
  const blank = (text: string | null | undefined) => !text?.trim();
  if (resource.sharingType !== "unconditional" && blank(resource.sharingCondition)) {
    issues.push({
      path: ["sharingCondition"],
      message: bilingual(
        "有条件共享和不予共享的信息资源须填写共享条件",
        "conditional and not-shared resources need a sharing condition",
      ),
    });
  }
  if (resource.sharingType === "none" && blank(resource.sharingBasis)) {
    issues.push({
      path: ["sharingBasis"],
      message: bilingual(
        "不予共享的信息资源须注明法律法规或政策依据",
        "a not-shared resource needs its legal or policy basis",
      ),
    });
  }
  // a resource that is not shared has no way of being shared; every other one needs at least one
  if (resource.sharingType !== "none" && resource.sharingMethods.length === 0) {
    issues.push({
      path: ["sharingMethods"],
      message: bilingual("请至少选择一种共享方式", "choose at least one sharing method"),
    });
  }
  if (resource.openAttribute === "conditional" && blank(resource.openCondition)) {
    issues.push({
      path: ["openCondition"],
      message: bilingual(
        "有条件开放的信息资源须填写开放条件",
        "a conditionally open resource needs an open condition",
      ),
    });
  }
  if (resource.code) {
    const [codeClassification] = resource.code.split("/");
    if (codeClassification !== resource.classification) {
      issues.push({
        path: ["code"],
        message: bilingual(
          `信息资源代码 ${resource.code} 与信息资源分类 ${resource.classification} 不一致`,
          `code ${resource.code} does not belong to classification ${resource.classification}`,
        ),
      });
    }
    const selfIndex = resource.relatedCodes?.indexOf(resource.code) ?? -1;
    if (selfIndex >= 0) {
      issues.push({
        path: ["relatedCodes", selfIndex],
        message: bilingual("信息资源不能关联自身", "a resource cannot be related to itself"),
      });
    }
  }
  return issues;
}

function withResourceRules<Schema extends z.ZodType<TResourceRuleSubject>>(schema: Schema) {
  return schema.superRefine((resource, ctx) => {
    for (const issue of resourceRuleIssues(resource)) ctx.addIssue({ code: "custom", ...issue });
  });
}

/** resources.create */
export const ZResourceInputSchema = withResourceRules(ZResourceFieldsSchema);
export const ZResourceCreateInputSchema = ZResourceInputSchema;
export type TResourceInput = z.output<typeof ZResourceInputSchema>;
export type TResourceFormValues = z.input<typeof ZResourceInputSchema>;

/**
 * resources.update: the whole resource again. A draft changes in place; a published resource gets a new
 * draft version (see packages/domain lifecycle.ts).
 */
export const ZResourceUpdateInputSchema = withResourceRules(ZResourceFieldsSchema.extend({ id: z.uuid() }));
export type TResourceUpdateInput = z.output<typeof ZResourceUpdateInputSchema>;

export const RESOURCE_SORT_FIELDS = ["name", "code", "publishDate", "relevance", "updatedAt"] as const;
export type TResourceSortField = (typeof RESOURCE_SORT_FIELDS)[number];

// A cleared filter box sends "", which means "no filter".
export const ZResourceFiltersSchema = z.object({
  /** search box: name, abstract and data-item names (packages/domain search-tokens.ts) */
  q: z
    .string()
    .trim()
    .max(100)
    .optional()
    .transform((q) => q || undefined),
  providerDepartmentId: z
    .union([z.literal(""), z.uuid()])
    .optional()
    .transform((id) => id || undefined),
  classification: ZClassificationPrefixSchema.optional(),
  sharingType: ZSharingTypeSchema.optional(),
  openAttribute: ZOpenAttributeSchema.optional(),
  updateCycle: ZUpdateCycleSchema.optional(),
  status: ZResourceStatusSchema.optional(),
  /** published resources with a revision in this state; only the provider's and the centre's are found */
  pendingRevision: ZPendingRevisionStateSchema.optional(),
});
export type TResourceFilters = z.output<typeof ZResourceFiltersSchema>;

/**
 * resources.list takes the paging contract, `{ page, pageSize, sort: { field, direction }, filters }`
 * (CONVENTIONS.md rule 5, what the console sends), and the issue's flat form, `{ q?, page, pageSize,
 * sort?, ...filters }`, where `sort` may also be a field name alone (ascending). Flat filters and the
 * `filters` object merge, the latter winning; either way the service gets the contract's shape.
 */
const ZResourcePageInputSchema = zPageInput(RESOURCE_SORT_FIELDS, ZResourceFiltersSchema);
export const ZResourceListInputSchema = ZResourcePageInputSchema.extend({
  ...ZResourceFiltersSchema.shape,
  sort: z
    .union([
      ZResourcePageInputSchema.shape.sort.unwrap(),
      z.enum(RESOURCE_SORT_FIELDS).transform((field) => ({ field, direction: "asc" as const })),
    ])
    .optional(),
}).transform(({ page, pageSize, sort, filters, ...flat }) => {
  const given = Object.fromEntries(Object.entries(flat).filter(([, value]) => value !== undefined));
  const merged = { ...given, ...filters } as TResourceFilters;
  return {
    page,
    pageSize,
    sort,
    filters: Object.keys(merged).length ? merged : filters,
  };
});
export type TResourceListInput = z.output<typeof ZResourceListInputSchema>;

/** resources.review: the information centre approves a submitted resource or returns it with comments. */
export const ZReviewInputSchema = z
  .object({
    id: z.uuid(),
    decision: ZReviewDecisionSchema,
    comment: zOptionalText(1000),
  })
  .superRefine((review, ctx) => {
    if (review.decision === "return" && !review.comment) {
      ctx.addIssue({
        code: "custom",
        path: ["comment"],
        message: bilingual("退回时请写明修改意见", "say what must change when returning a resource"),
      });
    }
  });
export type TReviewInput = z.output<typeof ZReviewInputSchema>;

export const ZResourceNextCodeInputSchema = z.object({ classification: ZClassificationSchema });
export const ZResourceNextCodeOutputSchema = z.object({ code: z.string() });

// ---------------------------------------------------------------------------------------------------
// Output schemas

/** A data item as stored (in a version's content). */
export const ZDataItemValueSchema = z.object({
  name: z.string(),
  dataType: ZDataItemTypeSchema,
  length: z.int().nullable(),
  description: z.string(),
});
export type TDataItemValue = z.infer<typeof ZDataItemValueSchema>;

/** A data item of a resource; positions are 1-based and follow the list's order. */
export const ZResourceDataItemSchema = ZDataItemValueSchema.extend({ position: z.int().min(1) });
export type TResourceDataItem = z.infer<typeof ZResourceDataItemSchema>;

/**
 * The metadata of one version of a resource: what a revision changes and what history diffs compare.
 * Also fits a version snapshot stored as JSON.
 */
export const ZResourceContentSchema = z.object({
  classification: z.string(),
  code: z.string(),
  name: z.string(),
  providerDepartmentId: z.uuid(),
  abstract: z.string(),
  format: ZResourceFormatSchema,
  formatDetail: z.string().nullable(),
  dataItems: z.array(ZDataItemValueSchema),
  sharingType: ZSharingTypeSchema,
  sharingCondition: z.string().nullable(),
  sharingBasis: z.string().nullable(),
  sharingMethods: z.array(ZSharingMethodSchema),
  openAttribute: ZOpenAttributeSchema,
  openCondition: z.string().nullable(),
  updateCycle: ZUpdateCycleSchema,
  publishDate: z.iso.date().nullable(),
  formationDate: z.iso.date(),
  relatedCodes: z.array(z.string()),
});
export type TResourceContent = z.infer<typeof ZResourceContentSchema>;

const ZDepartmentRefSchema = ZDepartmentSchema.pick({ id: true, code: true, name: true });

export const ZResourceSchema = ZResourceContentSchema.extend({
  id: z.uuid(),
  status: ZResourceStatusSchema,
  /** 1 for the first version; each revision of a published resource adds one */
  version: z.int().min(1),
  providerDepartment: ZDepartmentRefSchema,
  dataItems: z.array(ZResourceDataItemSchema),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  publishedAt: z.iso.datetime().nullable(),
  /** the centre's comments when the resource was last returned */
  reviewComment: z.string().nullable(),
  /** a published resource whose next version is being edited or reviewed */
  hasPendingRevision: z.boolean(),
});
export type TResource = z.infer<typeof ZResourceSchema>;

/** A row of the catalogue list: no abstract, conditions or data items. */
export const ZResourceListItemSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  classification: z.string(),
  name: z.string(),
  providerDepartment: ZDepartmentRefSchema,
  format: ZResourceFormatSchema,
  sharingType: ZSharingTypeSchema,
  openAttribute: ZOpenAttributeSchema,
  updateCycle: ZUpdateCycleSchema,
  status: ZResourceStatusSchema,
  version: z.int().min(1),
  publishDate: z.iso.date().nullable(),
  formationDate: z.iso.date(),
  updatedAt: z.iso.datetime(),
  dataItemCount: z.int().min(0),
  hasPendingRevision: z.boolean(),
});
export type TResourceListItem = z.infer<typeof ZResourceListItemSchema>;
/**
 * A page of the catalogue. `total` is exact up to a cap: 1000 matches, or the page's end when that is
 * further. Past it `total` is that cap and `totalCapped` is true: more than `total` match, and the next
 * page can be asked for (counting every match of a common word costs more than the search itself).
 */
export const ZResourceListOutputSchema = zPage(ZResourceListItemSchema).extend({
  totalCapped: z.boolean(),
});
export type TResourceListOutput = z.infer<typeof ZResourceListOutputSchema>;

/** What a field held before or after a change: text, a number, a list of values or a whole data item. */
export const ZChangeValueSchema = z.union([
  z.string(),
  z.number(),
  z.null(),
  z.array(z.string()),
  ZDataItemValueSchema,
]);
export type TChangeValue = z.infer<typeof ZChangeValueSchema>;

/**
 * One field that differs between two versions. `field` is a content field name, or for data items
 * `dataItems[<name>]` (added or removed item), `dataItems[<name>].<property>` (changed property) or
 * `dataItems.order` (items reordered); see packages/domain resource-diff.ts.
 */
export const ZResourceChangeSchema = z.object({
  field: z.string(),
  before: ZChangeValueSchema,
  after: ZChangeValueSchema,
});
export type TResourceChange = z.infer<typeof ZResourceChangeSchema>;

export const ZResourceHistoryEntrySchema = z.object({
  version: z.int().min(1),
  status: ZResourceStatusSchema,
  at: z.iso.datetime(),
  /** who created the version (a user's display name; later saves of a draft keep it); null when unknown */
  actorLabel: z.string().nullable().optional(),
  reviewComment: z.string().nullable().optional(),
  /** against the previous version; the first version lists no changes */
  changes: z.array(ZResourceChangeSchema),
  /** the version's whole content: a revision being edited is loaded from here into the form */
  content: ZResourceContentSchema,
});
export type TResourceHistoryEntry = z.infer<typeof ZResourceHistoryEntrySchema>;
export const ZResourceHistoryOutputSchema = z.array(ZResourceHistoryEntrySchema);
