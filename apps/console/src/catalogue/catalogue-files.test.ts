import { describe, expect, it } from "vitest";
import {
  catalogueExportUrl,
  catalogueImportUrl,
  ImportRequestError,
  importFileKind,
  readImportResponse,
  readImportStream,
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

describe("readImportStream", () => {
  const preview = { ok: true, totalRows: 2, creates: 2, updates: 0, unchanged: 0, errorCount: 0, errors: [] };
  const lines = (...values: unknown[]) => values.map((value) => `${JSON.stringify(value)}\n`).join("");
  const reading = { phase: "read", done: 3000, total: null };
  const checking = { phase: "check", done: 1, total: 2 };

  it("follows the progress lines as they arrive, waiting for a line's end", () => {
    expect(readImportStream("")).toEqual({ progress: null, outcome: null });
    const sofar = lines({ progress: reading }, { progress: checking });
    expect(readImportStream(sofar)).toEqual({ progress: checking, outcome: null });
    // the next line is on its way: what has come of it is not read yet
    expect(readImportStream(`${sofar}{"progress":{"phase":"check","do`)).toEqual({
      progress: checking,
      outcome: null,
    });
  });

  it("ends with the preview", () => {
    expect(readImportStream(lines({ progress: checking }, { result: preview }))).toEqual({
      progress: checking,
      outcome: { preview },
    });
  });

  it("ends with the server's refusal and the status it stands for", () => {
    const { outcome } = readImportStream(
      lines(
        { progress: reading },
        { error: { message: "文件有 1 处错误，未导入任何数据 / …" }, status: 400 },
      ),
    );
    expect(outcome).toEqual({ error: new ImportRequestError("文件有 1 处错误，未导入任何数据 / …", 400) });
    expect(outcome && "error" in outcome && outcome.error.status).toBe(400);
  });

  it("does not trust a line of another shape", () => {
    const garbled = readImportStream("<html>Bad gateway</html>\n");
    expect(garbled.outcome).toEqual({ error: new ImportRequestError("HTTP 200", 200) });
    const wrongResult = readImportStream(lines({ result: { ok: true } }));
    expect(wrongResult.outcome).toEqual({ error: new ImportRequestError("HTTP 200", 200) });
    const readingOfATotal = readImportStream(lines({ progress: { phase: "read", done: 1, total: 2 } }));
    expect(readingOfATotal.progress).toBeNull();
    const wrongPhase = readImportStream(lines({ progress: { phase: "upload", done: 1, total: 2 } }));
    expect(wrongPhase).toEqual({
      progress: null,
      outcome: { error: new ImportRequestError("HTTP 200", 200) },
    });
  });
});
