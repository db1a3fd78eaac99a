import { describe, expect, it } from "vitest";
import {
  catalogueExportUrl,
  catalogueImportUrl,
  ImportRequestError,
  importFileKind,
  readImportResponse,
} from "./catalogue-files.ts";

describe("catalogueExportUrl", () => {
  it("exports everything visible when nothing is filtered", () => {
    expect(catalogueExportUrl()).toBe("/api/catalogue/export.xlsx");
    expect(catalogueExportUrl({ q: undefined, status: "" })).toBe("/api/catalogue/export.xlsx");
  });

  it("sends the list's filters as JSON, leaving out the empty ones", () => {
    const url = new URL(
      catalogueExportUrl({ q: "企业 登记", sharingType: "conditional", status: undefined }),
      "https://console.invalid",
    );
    expect(url.pathname).toBe("/api/catalogue/export.xlsx");
    expect(JSON.parse(url.searchParams.get("filters") ?? "")).toEqual({
      q: "企业 登记",
      sharingType: "conditional",
    });
  });
});

describe("catalogueImportUrl and importFileKind", () => {
  it("names the mode and how to read the file", () => {
    expect(catalogueImportUrl("preview", "xlsx")).toBe("/api/catalogue/import?mode=preview&kind=xlsx");
    expect(catalogueImportUrl("commit", "csv")).toBe("/api/catalogue/import?mode=commit&kind=csv");
  });

  it("tells the kind by the extension, in any case", () => {
    expect(importFileKind("目录.XLSX")).toBe("xlsx");
    expect(importFileKind("catalogue.2026.csv")).toBe("csv");
    expect(importFileKind("notes.txt")).toBeNull();
    expect(importFileKind("xlsx")).toBeNull();
  });
});

describe("readImportResponse", () => {
  const preview = { ok: true, totalRows: 1, creates: 1, updates: 0, unchanged: 0, errorCount: 0, errors: [] };

  it("returns the preview", () => {
    expect(readImportResponse(200, JSON.stringify(preview))).toEqual(preview);
  });

  it("throws the server's message with the status", () => {
    const refusal = () =>
      readImportResponse(
        400,
        JSON.stringify({ error: { message: "文件不是 .xlsx 格式 / The file is not an .xlsx workbook" } }),
      );
    expect(refusal).toThrow(
      new ImportRequestError("文件不是 .xlsx 格式 / The file is not an .xlsx workbook", 400),
    );
    try {
      refusal();
    } catch (error) {
      expect((error as ImportRequestError).status).toBe(400);
    }
  });

  it("does not trust an answer of another shape", () => {
    expect(() => readImportResponse(502, "<html>Bad gateway</html>")).toThrow("HTTP 502");
    expect(() => readImportResponse(200, JSON.stringify({ ok: true }))).toThrow("HTTP 200");
  });
});
