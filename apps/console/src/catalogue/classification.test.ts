import { describe, expect, it } from "vitest";
import { classificationMeaning, hyphenatedClassification } from "./classification.ts";

const zh = (text: string) => {
  const meaning = classificationMeaning(text);
  return meaning && [meaning.category.zh, meaning.item?.zh ?? null];
};

describe("classificationMeaning", () => {
  it.each([
    ["1", ["基础信息资源", null]],
    ["1-0", ["基础信息资源", null]],
    ["1-02", ["基础信息资源", "法人"]],
    ["102001", ["基础信息资源", "法人"]],
    ["1-02-001-01", ["基础信息资源", "法人"]],
    ["2-12", ["主题信息资源", "应急维稳"]],
    ["３-01", ["部门信息资源", null]],
  ])("reads %s while it is typed", (text, expected) => {
    expect(zh(text)).toEqual(expected);
  });

  it("names no item that the class does not have", () => {
    expect(zh("1-09")).toEqual(["基础信息资源", null]);
    expect(zh("2-13")).toEqual(["主题信息资源", null]);
  });

  it.each(["", "4-01", "x-02", " - "])("knows nothing of %j", (text) => {
    expect(classificationMeaning(text)).toBeNull();
  });
});

describe("hyphenatedClassification", () => {
  it("writes stored digits the way people type them", () => {
    expect(hyphenatedClassification("102001")).toBe("1-02-001");
    expect(hyphenatedClassification("10200101")).toBe("1-02-001-01");
  });

  it("leaves anything else as it is", () => {
    expect(hyphenatedClassification("1-02-001")).toBe("1-02-001");
    expect(hyphenatedClassification("1020")).toBe("1020");
  });
});
