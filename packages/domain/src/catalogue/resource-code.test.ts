import { describe, expect, it } from "vitest";
import { AppError } from "../app-error.ts";
import {
  formatClassification,
  formatResourceCode,
  isValidResourceCode,
  nextResourceCode,
  parseClassification,
  parseResourceCode,
} from "./resource-code.ts";

function thrown(action: () => unknown): AppError {
  try {
    action();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected an AppError");
}

describe("parseClassification", () => {
  it("reads 类-项-目[-细目] and the digits alone to the same parts", () => {
    const expected = { category: 1, item: "02", subject: "001", detail: null, digits: "102001" };
    expect(parseClassification("1-02-001")).toEqual(expected);
    expect(parseClassification("102001")).toEqual(expected);
    expect(parseClassification("1-02-001-01")).toEqual({ ...expected, detail: "01", digits: "10200101" });
    expect(parseClassification("10200101")).toEqual(parseClassification("1-02-001-01"));
  });

  it("refuses bad classes and items with BAD_REQUEST and a field error", () => {
    for (const text of ["4-01-001", "1-06-001", "2-13-001", "3-00-001", "1-02-000", "1-2-1", "1020"]) {
      const error = thrown(() => parseClassification(text));
      expect(error.code).toBe("BAD_REQUEST");
      expect(error.message).toContain(" / ");
      expect(error.fieldErrors?.classification).toEqual([error.message]);
    }
    expect(thrown(() => parseClassification("2-13-001")).message).toContain("01–12");
    expect(thrown(() => parseClassification("1-06-001")).message).toContain("01–05");
  });

  it("accepts the ends of every range", () => {
    for (const text of ["1-01-001", "1-05-999", "2-01-001", "2-12-001", "3-01-001", "3-99-999"]) {
      expect(parseClassification(text).digits).toBe(text.replaceAll("-", ""));
    }
  });
});

describe("formatClassification", () => {
  it("writes the template spelling and the digits", () => {
    expect(formatClassification("102001")).toBe("1-02-001");
    expect(formatClassification("10200101")).toBe("1-02-001-01");
    expect(formatClassification(parseClassification("3-17-004"), "digits")).toBe("317004");
  });
});

describe("resource codes", () => {
  it("validates codes", () => {
    expect(isValidResourceCode("102001/000123")).toBe(true);
    expect(isValidResourceCode("10200101/999999")).toBe(true);
    for (const code of [
      "102001/12345",
      "102001/000000",
      "106001/000001",
      "102001000123",
      "102001/00012a",
      "1-02-001/000001",
    ]) {
      expect(isValidResourceCode(code)).toBe(false);
    }
  });

  it("parses a code and throws BAD_REQUEST on the code field for a bad one", () => {
    expect(parseResourceCode("102001/000123")).toMatchObject({
      sequence: 123,
      code: "102001/000123",
      classification: { category: 1, item: "02", subject: "001", digits: "102001" },
    });
    const error = thrown(() => parseResourceCode("102001/123"));
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.fieldErrors?.code?.[0]).toContain("信息资源代码应为");
  });

  it("formats a sequence with six digits", () => {
    expect(formatResourceCode("1-02-001", 7)).toBe("102001/000007");
    expect(() => formatResourceCode("102001", 0)).toThrow(AppError);
    expect(() => formatResourceCode("102001", 1_000_000)).toThrow(AppError);
  });
});

describe("nextResourceCode", () => {
  it("starts at 000001 and follows the highest sequence in use", () => {
    expect(nextResourceCode("102001", null)).toBe("102001/000001");
    expect(nextResourceCode("102001", 123)).toBe("102001/000124");
    expect(nextResourceCode("1-02-001-01", 9)).toBe("10200101/000010");
    expect(nextResourceCode("102001", 999_998)).toBe("102001/999999");
  });

  it("refuses past 999999 with CONFLICT naming the classification", () => {
    const error = thrown(() => nextResourceCode("102001", 999_999));
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toContain("1-02-001");
    expect(error.message).toContain("999999");
  });

  it("refuses a bad classification or a nonsensical sequence", () => {
    expect(thrown(() => nextResourceCode("1-06-001", null)).code).toBe("BAD_REQUEST");
    expect(thrown(() => nextResourceCode("102001", -1)).code).toBe("BAD_REQUEST");
    expect(thrown(() => nextResourceCode("102001", 1.5)).code).toBe("BAD_REQUEST");
  });

  it("generates codes that validate and parse back", () => {
    const code = nextResourceCode("2-12-345-6", 41);
    expect(isValidResourceCode(code)).toBe(true);
    expect(parseResourceCode(code)).toMatchObject({ sequence: 42, classification: { detail: "6" } });
  });
});
