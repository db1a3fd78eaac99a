import type { TResourceChange } from "@govshare/validators";
import { describe, expect, it } from "vitest";
import { messagesByLocale } from "../i18n/messages.ts";
import { describeChange } from "./change-description.ts";
import { labelText } from "./label-text.ts";

const inChinese = (change: TResourceChange) =>
  describeChange(change, messagesByLocale["zh-CN"], (label) => labelText(label, "zh-CN"));
const inEnglish = (change: TResourceChange) =>
  describeChange(change, messagesByLocale["en-US"], (label) => labelText(label, "en-US"));

describe("describeChange", () => {
  it("names metadata fields by the catalogue guide and enum values by their labels", () => {
    expect(inChinese({ field: "updateCycle", before: "daily", after: "weekly" })).toEqual({
      field: "更新周期",
      before: "每日",
      after: "每周",
    });
    expect(inEnglish({ field: "sharingType", before: "conditional", after: "none" })).toEqual({
      field: "Sharing type",
      before: "Conditional",
      after: "Not shared",
    });
  });

  it("shows an empty value as empty and lists side by side", () => {
    expect(inChinese({ field: "publishDate", before: null, after: "2026-05-01" })).toEqual({
      field: "发布日期",
      before: "（空）",
      after: "2026-05-01",
    });
    expect(inChinese({ field: "sharingMethods", before: ["api"], after: ["api", "online_query"] })).toEqual({
      field: "共享方式",
      before: "接口",
      after: "接口、在线查询",
    });
  });

  it("names a data item's property, and its type by label", () => {
    expect(inChinese({ field: "dataItems[企业名称].length", before: 200, after: 300 })).toEqual({
      field: "信息项「企业名称」 · 数据长度",
      before: "200",
      after: "300",
    });
    expect(inChinese({ field: "dataItems[成立日期].dataType", before: "string", after: "date" })).toEqual({
      field: "信息项「成立日期」 · 数据类型",
      before: "字符型",
      after: "日期型",
    });
  });

  it("describes an added or removed data item as a whole, and a new order as lists", () => {
    const added = { name: "成立日期", dataType: "date" as const, length: null, description: "" };
    expect(inChinese({ field: "dataItems[成立日期]", before: null, after: added })).toEqual({
      field: "信息项「成立日期」",
      before: "（空）",
      after: "成立日期（日期型）",
    });
    const removed = { name: "住所", dataType: "string" as const, length: 200, description: "注册地址" };
    expect(inChinese({ field: "dataItems[住所]", before: removed, after: null }).before).toBe(
      "住所（字符型、200、注册地址）",
    );
    expect(inChinese({ field: "dataItems.order", before: ["甲", "乙"], after: ["乙", "甲"] })).toEqual({
      field: "信息项顺序",
      before: "甲、乙",
      after: "乙、甲",
    });
  });

  it("keeps a name with brackets whole, and shows fields it does not know as the server names them", () => {
    expect(inChinese({ field: "dataItems[代码[旧]].name", before: "代码[旧]", after: "代码" }).field).toBe(
      "信息项「代码[旧]」 · 信息项名称",
    );
    expect(inChinese({ field: "colour", before: "red", after: "blue" })).toEqual({
      field: "colour",
      before: "red",
      after: "blue",
    });
  });
});
