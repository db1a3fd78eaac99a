import { ZResourceInputSchema } from "@govshare/validators";
import { describe, expect, it } from "vitest";
import { placeFieldErrors, serverFieldIssues } from "./form-field-errors.ts";

const FORM_FIELDS = ["name", "dataItems", "sharingCondition", "relatedCodes"] as const;
const serverError = (fieldErrors: Record<string, string[]>) =>
  Object.assign(new Error("输入有误 / Invalid input"), { data: { code: "BAD_REQUEST", fieldErrors } });

describe("placeFieldErrors", () => {
  it("puts a data item's problem at its input and a list problem at the list", () => {
    const placed = placeFieldErrors(
      [
        { path: ["dataItems", 1, "name"], message: "信息项名称重复：甲" },
        { path: ["dataItems"], message: "至少需要一个信息项" },
        { path: ["dataItems", 0], message: "whole item" },
      ],
      FORM_FIELDS,
    );
    expect(placed.fields).toEqual([
      { name: ["dataItems", 1, "name"], errors: ["信息项名称重复：甲"] },
      { name: "dataItems", errors: ["至少需要一个信息项", "whole item"] },
    ]);
  });

  it("collects the messages of one field once each, and keeps what the form does not show apart", () => {
    const placed = placeFieldErrors(
      [
        { path: ["sharingCondition"], message: "须填写共享条件" },
        { path: ["sharingCondition"], message: "须填写共享条件" },
        { path: ["relatedCodes", 3], message: "不能关联自身" },
        { path: ["providerDepartmentId"], message: "无效的 UUID" },
        { path: [], message: "整体错误" },
      ],
      FORM_FIELDS,
    );
    expect(placed.fields).toEqual([
      { name: "sharingCondition", errors: ["须填写共享条件"] },
      { name: "relatedCodes", errors: ["不能关联自身"] },
    ]);
    expect(placed.unplaced).toEqual(["无效的 UUID", "整体错误"]);
  });

  it("places the shared schema's own issues", () => {
    const result = ZResourceInputSchema.safeParse({
      classification: "1-02-001",
      name: "",
      providerDepartmentId: "01a21307-e532-74d8-8b2a-524c7f634e19",
      format: "database",
      dataItems: [
        { name: "甲", dataType: "string", length: 0 },
        { name: "甲", dataType: "string" },
      ],
      sharingType: "conditional",
      sharingMethods: ["api"],
      openAttribute: "closed",
      updateCycle: "daily",
      formationDate: "2016-01-01",
    });
    const names = placeFieldErrors(result.error?.issues ?? [], FORM_FIELDS).fields.map((field) => field.name);
    expect(names).toEqual(["name", ["dataItems", 0, "length"], ["dataItems", 1, "name"], "sharingCondition"]);
  });
});

describe("serverFieldIssues", () => {
  it("splits the server's dotted keys into paths, numbers for positions", () => {
    expect(
      serverFieldIssues(
        serverError({ "dataItems.0.name": ["请输入信息项名称"], sharingCondition: ["a", "b"] }),
      ),
    ).toEqual([
      { path: ["dataItems", 0, "name"], message: "请输入信息项名称" },
      { path: ["sharingCondition"], message: "a" },
      { path: ["sharingCondition"], message: "b" },
    ]);
  });
});
