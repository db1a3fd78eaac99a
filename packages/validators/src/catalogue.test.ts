import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  checkClassification,
  checkResourceCode,
  DATA_ITEMS_MAX,
  enumValueFromLabel,
  enumValuesFromLabels,
  OPEN_ATTRIBUTE_LABELS,
  RESOURCE_FORMAT_LABELS,
  RESOURCE_FORMATS,
  resourceFormatFromLabel,
  resourceFormatLabel,
  SHARING_METHOD_LABELS,
  SHARING_TYPE_LABELS,
  UPDATE_CYCLE_LABELS,
  ZResourceInputSchema,
  ZResourceListInputSchema,
  ZResourceSchema,
  ZResourceUpdateInputSchema,
  ZReviewInputSchema,
  type TResourceFormValues,
} from "./catalogue.ts";

const departmentId = "5b0c3e0e-8a53-4a57-9d64-0d6f1f8e2a11";

function resourceInput(overrides: Partial<TResourceFormValues> = {}): TResourceFormValues {
  return {
    classification: "1-02-001",
    name: "企业登记基本信息",
    providerDepartmentId: departmentId,
    abstract: "辖区企业法人登记信息",
    format: "database",
    dataItems: [{ name: "统一社会信用代码", dataType: "string", length: 18 }],
    sharingType: "unconditional",
    sharingMethods: ["api"],
    openAttribute: "closed",
    updateCycle: "daily",
    formationDate: "2016-03-01",
    ...overrides,
  };
}

function fieldErrors(input: unknown) {
  const result = ZResourceInputSchema.safeParse(input);
  expect(result.success).toBe(false);
  return z.flattenError(result.error!).fieldErrors as Record<string, string[] | undefined>;
}

function issuePaths(input: unknown): string[] {
  const result = ZResourceInputSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join("."));
}

describe("classifications", () => {
  it("reads both spellings to the same parts", () => {
    const hyphenated = checkClassification("1-02-001");
    const digits = checkClassification("102001");
    expect(hyphenated).toEqual({
      ok: true,
      value: { category: 1, item: "02", subject: "001", detail: null, digits: "102001" },
    });
    expect(digits).toEqual(hyphenated);
    expect(checkClassification("3-17-004-02")).toEqual({
      ok: true,
      value: { category: 3, item: "17", subject: "004", detail: "02", digits: "31700402" },
    });
    expect(checkClassification("31700402")).toEqual(checkClassification("3-17-004-02"));
  });

  it("accepts full-width digits and surrounding spaces from spreadsheets", () => {
    expect(checkClassification(" １－０２－００１ ")).toMatchObject({
      ok: true,
      value: { digits: "102001" },
    });
  });

  it.each([
    ["4-01-001", "类应为 1"],
    ["0-01-001", "类应为 1"],
    ["1-06-001", "基础信息资源的项应为 01–05"],
    ["1-00-001", "基础信息资源的项应为 01–05"],
    ["2-13-001", "主题信息资源的项应为 01–12"],
    ["3-00-001", "部门信息资源的项"],
    ["1-02-000", "目应为 001–999"],
    ["1-02-001-00", "细目"],
    ["1-02-001-1234567", "细目"],
    ["1-2-001", "类-项-目"],
    ["10201", "类-项-目"],
    ["1-02001", "类-项-目"],
    ["abc", "类-项-目"],
    ["", "类-项-目"],
  ])("refuses %j with a message in both languages", (text, chinese) => {
    const result = checkClassification(text);
    expect(result.ok).toBe(false);
    const message = (result as { message: string }).message;
    expect(message).toContain(chinese);
    expect(message).toMatch(/ \/ [a-z]/);
  });

  it("knows every theme item 01–12 and every department number 01–99", () => {
    expect(checkClassification("2-12-001").ok).toBe(true);
    expect(checkClassification("3-99-001").ok).toBe(true);
    expect(checkClassification("1-05-999").ok).toBe(true);
  });
});

describe("resource codes", () => {
  it("reads a code into its classification and sequence", () => {
    expect(checkResourceCode("102001/000123")).toEqual({
      ok: true,
      value: {
        classification: { category: 1, item: "02", subject: "001", detail: null, digits: "102001" },
        sequence: 123,
        code: "102001/000123",
      },
    });
    expect(checkResourceCode("10200101/000001")).toMatchObject({ ok: true, value: { sequence: 1 } });
  });

  it.each([
    "102001/12345",
    "102001/0001234",
    "102001-000123",
    "1-02-001/000123",
    "102001/000000",
    "106001/000001",
    "/000001",
    "",
  ])("refuses %j", (code) => {
    expect(checkResourceCode(code).ok).toBe(false);
  });
});

describe("ZResourceInputSchema", () => {
  it("normalises a valid resource: classification digits, blank code, blank texts, defaults", () => {
    const parsed = ZResourceInputSchema.parse(
      resourceInput({ code: "  ", sharingCondition: "   ", publishDate: undefined, relatedCodes: undefined }),
    );
    expect(parsed).toMatchObject({
      classification: "102001",
      code: null,
      sharingCondition: null,
      sharingBasis: null,
      openCondition: null,
      formatDetail: null,
      publishDate: null,
      relatedCodes: [],
      dataItems: [{ name: "统一社会信用代码", dataType: "string", length: 18, description: "" }],
    });
  });

  it("keeps a given code that belongs to the classification", () => {
    expect(ZResourceInputSchema.parse(resourceInput({ code: "102001/000007" })).code).toBe("102001/000007");
  });

  it("refuses a malformed code and a code of another classification on the code field", () => {
    expect(fieldErrors(resourceInput({ code: "102001/7" })).code?.[0]).toContain("信息资源代码应为");
    expect(fieldErrors(resourceInput({ code: "103001/000007" })).code?.[0]).toContain("不一致");
  });

  it("refuses a bad classification on the classification field", () => {
    expect(fieldErrors(resourceInput({ classification: "1-07-001" })).classification?.[0]).toContain(
      "基础信息资源的项应为 01–05",
    );
  });

  it("refuses a conditional resource without a sharing condition", () => {
    const errors = fieldErrors(resourceInput({ sharingType: "conditional", sharingCondition: "" }));
    expect(errors.sharingCondition).toEqual([
      "有条件共享和不予共享的信息资源须填写共享条件 / conditional and not-shared resources need a sharing condition",
    ]);
  });

  it("refuses a not-shared resource without condition and without legal or policy basis", () => {
    const errors = fieldErrors(resourceInput({ sharingType: "none", sharingMethods: [] }));
    expect(errors.sharingCondition?.[0]).toContain("须填写共享条件");
    expect(errors.sharingBasis?.[0]).toContain("法律法规或政策依据");
    expect(errors.sharingMethods).toBeUndefined();
  });

  it("accepts a not-shared resource with condition and basis, and no sharing method", () => {
    const parsed = ZResourceInputSchema.parse(
      resourceInput({
        sharingType: "none",
        sharingCondition: "涉及个人隐私",
        sharingBasis: "《中华人民共和国居民身份证法》第十九条",
        sharingMethods: [],
      }),
    );
    expect(parsed.sharingBasis).toBe("《中华人民共和国居民身份证法》第十九条");
  });

  it("needs a sharing method for shared resources, and de-duplicates methods", () => {
    expect(issuePaths(resourceInput({ sharingMethods: [] }))).toEqual(["sharingMethods"]);
    expect(
      ZResourceInputSchema.parse(resourceInput({ sharingMethods: ["api", "api"] })).sharingMethods,
    ).toEqual(["api"]);
  });

  it("needs an open condition for conditionally open resources", () => {
    expect(issuePaths(resourceInput({ openAttribute: "conditional" }))).toEqual(["openCondition"]);
    expect(
      ZResourceInputSchema.safeParse(
        resourceInput({ openAttribute: "conditional", openCondition: "实名申请" }),
      ).success,
    ).toBe(true);
  });

  it("refuses duplicate data item names on the repeated item", () => {
    const result = ZResourceInputSchema.safeParse(
      resourceInput({
        dataItems: [
          { name: "企业名称", dataType: "string" },
          { name: "注册资本", dataType: "number" },
          { name: " 企业名称 ", dataType: "string" },
        ],
      }),
    );
    expect(result.success).toBe(false);
    expect(result.error!.issues).toEqual([
      expect.objectContaining({
        path: ["dataItems", 2, "name"],
        message: "信息项名称重复：企业名称 / duplicate data item name: 企业名称",
      }),
    ]);
  });

  it("bounds data items: count, name length, positive whole lengths up to 100000", () => {
    const many = Array.from({ length: DATA_ITEMS_MAX + 1 }, (_, i) => ({
      name: `项${i}`,
      dataType: "string" as const,
    }));
    expect(issuePaths(resourceInput({ dataItems: many }))).toEqual(["dataItems"]);
    expect(issuePaths(resourceInput({ dataItems: [{ name: "", dataType: "string" }] }))).toEqual([
      "dataItems.0.name",
    ]);
    expect(issuePaths(resourceInput({ dataItems: [{ name: "x".repeat(101), dataType: "string" }] }))).toEqual(
      ["dataItems.0.name"],
    );
    for (const length of [0, -1, 1.5, 100_001]) {
      expect(issuePaths(resourceInput({ dataItems: [{ name: "a", dataType: "string", length }] }))).toEqual([
        "dataItems.0.length",
      ]);
    }
    expect(
      ZResourceInputSchema.parse(
        resourceInput({ dataItems: [{ name: "a", dataType: "binary", length: 100_000 }] }),
      ).dataItems[0]!.length,
    ).toBe(100_000);
  });

  it("allows a draft without data items (submitting checks that)", () => {
    expect(ZResourceInputSchema.parse(resourceInput({ dataItems: [] })).dataItems).toEqual([]);
  });

  it("needs a real formation date and takes an optional publish date", () => {
    expect(issuePaths(resourceInput({ formationDate: undefined as unknown as string }))).toEqual([
      "formationDate",
    ]);
    expect(issuePaths(resourceInput({ formationDate: "2016-02-30" }))).toEqual(["formationDate"]);
    expect(issuePaths(resourceInput({ publishDate: "2016/03/01" }))).toEqual(["publishDate"]);
    expect(ZResourceInputSchema.parse(resourceInput({ publishDate: "2016-02-29" })).publishDate).toBe(
      "2016-02-29",
    );
  });

  it("checks related codes: valid, at most 50, not the resource itself; duplicates dropped", () => {
    expect(issuePaths(resourceInput({ relatedCodes: ["102001/000001", "bad"] }))).toEqual(["relatedCodes.1"]);
    const tooMany = Array.from({ length: 51 }, (_, i) => `102001/${String(i + 1).padStart(6, "0")}`);
    expect(issuePaths(resourceInput({ relatedCodes: tooMany }))).toEqual(["relatedCodes"]);
    expect(issuePaths(resourceInput({ code: "102001/000009", relatedCodes: ["102001/000009"] }))).toEqual([
      "relatedCodes.0",
    ]);
    expect(
      ZResourceInputSchema.parse(resourceInput({ relatedCodes: ["201001/000001", "201001/000001"] }))
        .relatedCodes,
    ).toEqual(["201001/000001"]);
  });

  it("bounds name and abstract", () => {
    expect(issuePaths(resourceInput({ name: "  " }))).toEqual(["name"]);
    expect(issuePaths(resourceInput({ name: "名".repeat(201) }))).toEqual(["name"]);
    expect(issuePaths(resourceInput({ abstract: "摘".repeat(2001) }))).toEqual(["abstract"]);
  });

  it("applies the same rules to updates, which name the resource", () => {
    const update = { ...resourceInput({ sharingType: "conditional" }), id: departmentId };
    const result = ZResourceUpdateInputSchema.safeParse(update);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((issue) => issue.path.join("."))).toEqual(["sharingCondition"]);
    expect(ZResourceUpdateInputSchema.safeParse(resourceInput()).success).toBe(false);
  });
});

describe("ZResourceListInputSchema", () => {
  it("takes a classification prefix in either spelling and drops cleared filters", () => {
    const parsed = ZResourceListInputSchema.parse({
      filters: { classification: "1-02", q: " 企业 ", providerDepartmentId: "" },
      sort: { field: "relevance", direction: "desc" },
    });
    expect(parsed.filters).toEqual({ classification: "102", q: "企业" });
    expect(ZResourceListInputSchema.parse({ filters: { classification: "", q: "" } }).filters).toEqual({});
    expect(
      ZResourceListInputSchema.parse({ filters: { classification: "102001" } }).filters?.classification,
    ).toBe("102001");
  });

  it("takes the issue's flat form too: filters beside the paging, sort as a field name", () => {
    expect(
      ZResourceListInputSchema.parse({ q: "企业", page: 2, pageSize: 10, sort: "name", sharingType: "none" }),
    ).toEqual({
      page: 2,
      pageSize: 10,
      sort: { field: "name", direction: "asc" },
      filters: { q: "企业", sharingType: "none" },
    });
    // with both forms, the filters object wins field by field
    expect(
      ZResourceListInputSchema.parse({ q: "企业", status: "draft", filters: { status: "published" } })
        .filters,
    ).toEqual({ q: "企业", status: "published" });
    expect(ZResourceListInputSchema.parse({ q: "" }).filters).toBeUndefined();
    expect(ZResourceListInputSchema.safeParse({ sort: "abstract" }).success).toBe(false);
    expect(ZResourceListInputSchema.safeParse({ status: "deleted" }).success).toBe(false);
  });

  it("refuses unknown sort fields and malformed prefixes", () => {
    expect(ZResourceListInputSchema.safeParse({ sort: { field: "abstract" } }).success).toBe(false);
    expect(ZResourceListInputSchema.safeParse({ filters: { classification: "1-2" } }).success).toBe(false);
    expect(ZResourceListInputSchema.safeParse({ filters: { status: "deleted" } }).success).toBe(false);
  });

  it("filters by a pending revision's state: being edited or submitted, nothing else", () => {
    expect(
      ZResourceListInputSchema.parse({ filters: { pendingRevision: "submitted" } }).filters?.pendingRevision,
    ).toBe("submitted");
    expect(ZResourceListInputSchema.safeParse({ filters: { pendingRevision: "draft" } }).success).toBe(true);
    expect(ZResourceListInputSchema.safeParse({ filters: { pendingRevision: "published" } }).success).toBe(
      false,
    );
  });
});

describe("ZReviewInputSchema", () => {
  it("needs a comment to return a resource, not to approve it", () => {
    const returned = ZReviewInputSchema.safeParse({ id: departmentId, decision: "return", comment: " " });
    expect(returned.success).toBe(false);
    expect(returned.error!.issues[0]!.path).toEqual(["comment"]);
    expect(ZReviewInputSchema.parse({ id: departmentId, decision: "approve" }).comment).toBeNull();
    expect(
      ZReviewInputSchema.parse({ id: departmentId, decision: "return", comment: "补充共享条件" }).comment,
    ).toBe("补充共享条件");
  });
});

describe("spreadsheet labels", () => {
  it("maps every template label of the issue to its value", () => {
    expect(
      ["无条件共享", "有条件共享", "不予共享"].map((label) => enumValueFromLabel(SHARING_TYPE_LABELS, label)),
    ).toEqual(["unconditional", "conditional", "none"]);
    expect(
      ["向社会开放", "有条件开放", "不予开放"].map((label) =>
        enumValueFromLabel(OPEN_ATTRIBUTE_LABELS, label),
      ),
    ).toEqual(["open", "conditional", "closed"]);
    expect(
      ["实时", "每日", "每周", "每月", "每季度", "每半年", "每年", "不定期"].map((label) =>
        enumValueFromLabel(UPDATE_CYCLE_LABELS, label),
      ),
    ).toEqual(["realtime", "daily", "weekly", "monthly", "quarterly", "half_yearly", "yearly", "irregular"]);
  });

  it("also takes the English label or the value, and refuses anything else", () => {
    expect(enumValueFromLabel(SHARING_TYPE_LABELS, " Not Shared ")).toBe("none");
    expect(enumValueFromLabel(SHARING_TYPE_LABELS, "conditional")).toBe("conditional");
    expect(enumValueFromLabel(SHARING_TYPE_LABELS, "部分共享")).toBeNull();
    expect(enumValueFromLabel(SHARING_TYPE_LABELS, "")).toBeNull();
  });

  it("splits multi-value cells", () => {
    expect(enumValuesFromLabels(SHARING_METHOD_LABELS, "接口、文件下载，接口; online query")).toEqual({
      values: ["api", "file_download", "online_query"],
      unknown: [],
    });
    expect(enumValuesFromLabels(SHARING_METHOD_LABELS, "接口、邮寄")).toEqual({
      values: ["api"],
      unknown: ["邮寄"],
    });
  });

  it("reads a format with an optional sub-kind and writes it back the same", () => {
    expect(resourceFormatFromLabel("电子文件（xlsx）")).toEqual({ format: "file", formatDetail: "xlsx" });
    expect(resourceFormatFromLabel("电子文件/pdf")).toEqual({ format: "file", formatDetail: "pdf" });
    expect(resourceFormatFromLabel("数据库")).toEqual({ format: "database", formatDetail: null });
    expect(resourceFormatFromLabel("纸质")).toBeNull();
    for (const format of RESOURCE_FORMATS) {
      for (const detail of [null, "xlsx"]) {
        expect(resourceFormatFromLabel(resourceFormatLabel(format, detail))).toEqual({
          format,
          formatDetail: detail,
        });
      }
      expect(RESOURCE_FORMAT_LABELS[format].zh).not.toBe("");
    }
  });
});

describe("ZResourceSchema", () => {
  it("describes what resources.get returns", () => {
    const resource = {
      ...ZResourceInputSchema.parse(resourceInput()),
      id: departmentId,
      code: "102001/000001",
      status: "published",
      version: 2,
      providerDepartment: { id: departmentId, code: "gsqz", name: "区工商质监局" },
      dataItems: [{ position: 1, name: "统一社会信用代码", dataType: "string", length: 18, description: "" }],
      createdAt: "2016-03-01T00:00:00.000Z",
      updatedAt: "2016-03-02T00:00:00.000Z",
      publishedAt: null,
      reviewComment: null,
      hasPendingRevision: false,
    };
    expect(ZResourceSchema.parse(resource).version).toBe(2);
    expect(ZResourceSchema.safeParse({ ...resource, version: 0 }).success).toBe(false);
    expect(ZResourceSchema.safeParse({ ...resource, dataItems: [{ name: "x" }] }).success).toBe(false);
  });
});
