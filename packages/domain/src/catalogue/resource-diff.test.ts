import { describe, expect, it } from "vitest";
import { diffResources, type TDiffableResource } from "./resource-diff.ts";

const base: TDiffableResource = {
  classification: "102001",
  code: "102001/000001",
  name: "企业登记基本信息",
  providerDepartmentId: "5b0c3e0e-8a53-4a57-9d64-0d6f1f8e2a11",
  abstract: "辖区企业法人登记信息",
  format: "database",
  formatDetail: null,
  dataItems: [
    { name: "统一社会信用代码", dataType: "string", length: 18, description: "" },
    { name: "企业名称", dataType: "string", length: 200, description: "" },
    { name: "注册资本", dataType: "number", length: null, description: "万元" },
  ],
  sharingType: "unconditional",
  sharingCondition: null,
  sharingBasis: null,
  sharingMethods: ["api", "file_download"],
  openAttribute: "closed",
  openCondition: null,
  updateCycle: "daily",
  publishDate: "2016-03-01",
  formationDate: "2016-01-01",
  relatedCodes: ["102001/000002"],
};

describe("diffResources", () => {
  it("finds nothing between equal versions, however blank text and set order are spelled", () => {
    expect(diffResources(base, structuredClone(base))).toEqual([]);
    expect(
      diffResources(base, {
        ...base,
        sharingCondition: "",
        formatDetail: "  ",
        sharingMethods: ["file_download", "api"],
      }),
    ).toEqual([]);
  });

  it("reports metadata fields one by one, in field order", () => {
    const after: TDiffableResource = {
      ...base,
      name: "企业登记信息",
      sharingType: "conditional",
      sharingCondition: "仅用于行政审批",
      updateCycle: "realtime",
      publishDate: null,
    };
    expect(diffResources(base, after)).toEqual([
      { field: "name", before: "企业登记基本信息", after: "企业登记信息" },
      { field: "sharingType", before: "unconditional", after: "conditional" },
      { field: "sharingCondition", before: null, after: "仅用于行政审批" },
      { field: "updateCycle", before: "daily", after: "realtime" },
      { field: "publishDate", before: "2016-03-01", after: null },
    ]);
  });

  it("reports changed sets as whole lists", () => {
    expect(diffResources(base, { ...base, sharingMethods: ["api"], relatedCodes: [] })).toEqual([
      { field: "sharingMethods", before: ["api", "file_download"], after: ["api"] },
      { field: "relatedCodes", before: ["102001/000002"], after: [] },
    ]);
  });

  it("reports added, removed and changed data items by name", () => {
    const [code, name, capital] = base.dataItems;
    const after: TDiffableResource = {
      ...base,
      dataItems: [
        code!,
        { ...name!, length: 100, description: "全称" },
        { name: "成立日期", dataType: "date", length: null, description: "" },
      ],
    };
    // 注册资本 removed and 成立日期 added at its place: the same position, so taken as one item renamed
    expect(diffResources(base, after)).toEqual([
      { field: "dataItems[企业名称].length", before: 200, after: 100 },
      { field: "dataItems[企业名称].description", before: null, after: "全称" },
      { field: "dataItems[成立日期].name", before: "注册资本", after: "成立日期" },
      { field: "dataItems[成立日期].dataType", before: "number", after: "date" },
      { field: "dataItems[成立日期].description", before: "万元", after: null },
    ]);
    expect(capital!.name).toBe("注册资本");
  });

  it("reports items added at the end and removed from the middle as whole items", () => {
    const [code, name, capital] = base.dataItems;
    const added = { name: "经营范围", dataType: "string" as const, length: 2000, description: "" };
    expect(diffResources(base, { ...base, dataItems: [code!, capital!, added] })).toEqual([
      { field: "dataItems[经营范围]", before: null, after: added },
      { field: "dataItems[企业名称]", before: name, after: null },
    ]);
  });

  it("reports a new order once, and only when kept items moved", () => {
    const [code, name, capital] = base.dataItems;
    expect(diffResources(base, { ...base, dataItems: [name!, code!, capital!] })).toEqual([
      {
        field: "dataItems.order",
        before: ["统一社会信用代码", "企业名称", "注册资本"],
        after: ["企业名称", "统一社会信用代码", "注册资本"],
      },
    ]);
  });

  it("orders items by position when the versions carry one, and ignores positions otherwise", () => {
    const positioned = {
      ...base,
      dataItems: [
        { ...base.dataItems[2]!, position: 3 },
        { ...base.dataItems[0]!, position: 1 },
        { ...base.dataItems[1]!, position: 2 },
      ],
    };
    expect(diffResources(base, positioned)).toEqual([]);
  });

  it("reports a change of code, classification and provider", () => {
    const after = {
      ...base,
      classification: "102002",
      code: "102002/000001",
      providerDepartmentId: "6b0c3e0e-8a53-4a57-9d64-0d6f1f8e2a11",
    };
    expect(diffResources(base, after).map((change) => change.field)).toEqual([
      "classification",
      "code",
      "providerDepartmentId",
    ]);
  });
});
