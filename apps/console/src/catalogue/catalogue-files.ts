// types only: the spreadsheet routes are the server's; their answers are checked below
import type { ImportFileKind, ImportPreview, ImportProgress } from "@govshare/api";

/**
 * The catalogue's spreadsheet routes (plain HTTP beside /trpc, same origin, the session cookie):
 *   GET  /api/catalogue/template.xlsx          the empty template with an example row
 *   GET  /api/catalogue/export.xlsx?filters=…  the visible catalogue, filtered like the list
 *   POST /api/catalogue/import?mode=…&kind=…   the file itself as the body; asked for IMPORT_STREAM_TYPE,
 *        the server answers with a line per step of the import (readImportStream)
 */

export type { ImportFileKind, ImportPreview };
export type ImportMode = "preview" | "commit";
export type ImportRowError = ImportPreview["errors"][number];

/** Where an upload stands: sending the file (bytes), then the server's steps (see ImportProgress). */
export type ImportPhase = "upload" | ImportProgress["phase"];
export type UploadProgress = { phase: "upload"; done: number; total: number } | ImportProgress;

/** The import route's answer as progress lines, then the outcome. */
export const IMPORT_STREAM_TYPE = "application/x-ndjson";

export const CATALOGUE_TEMPLATE_URL = "/api/catalogue/template.xlsx";
const EXPORT_URL = "/api/catalogue/export.xlsx";
const IMPORT_URL = "/api/catalogue/import";

/** The server refuses an upload without it: a cross-site form cannot set a header. */
export const UPLOAD_HEADER = "x-govshare-upload";

/** What the file picker offers; the server reads .xlsx (both sheets) and .csv (resources only). */
export const IMPORT_ACCEPT = ".xlsx,.csv";

/** The export of what the list shows: the same filters (as the list sends them) as JSON. */
export function catalogueExportUrl(filters: Readonly<Record<string, string | undefined>> = {}): string {
  const present = Object.entries(filters).filter(([, value]) => value !== undefined && value !== "");
  if (present.length === 0) return EXPORT_URL;
  return `${EXPORT_URL}?${new URLSearchParams({ filters: JSON.stringify(Object.fromEntries(present)) }).toString()}`;
}

export function catalogueImportUrl(mode: ImportMode, kind: ImportFileKind): string {
  return `${IMPORT_URL}?${new URLSearchParams({ mode, kind }).toString()}`;
}

/** How the server should read a file, by its extension; null for a file it cannot read. */
export function importFileKind(fileName: string): ImportFileKind | null {
  const extension = /\.([^.]+)$/.exec(fileName)?.[1]?.toLowerCase();
  return extension === "xlsx" || extension === "csv" ? extension : null;
}

/** A refused upload: the server's words ("中文 / English") and the HTTP status (401: signed out). */
export class ImportRequestError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = "ImportRequestError";
  }
}

/**
 * Reads the import route's answer: the preview (or the commit's result) on 200, otherwise the
 * server's `{ error: { message } }`. Checks the shape rather than trusting it: a proxy's error page
 * is not JSON.
 */
export function readImportResponse(status: number, body: string): ImportPreview {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    throw new ImportRequestError(`HTTP ${status}`, status);
  }
  if (status === 200 && isImportPreview(parsed)) return parsed;
  throw refusalIn(parsed, status);
}

/** The server's `{ error: { message } }` as an error to show; "HTTP <status>" when it gave no words. */
function refusalIn(answer: unknown, status: number): ImportRequestError {
  const message = (answer as { error?: { message?: unknown } } | null)?.error?.message;
  return new ImportRequestError(typeof message === "string" ? message : `HTTP ${status}`, status);
}

function isImportPreview(value: unknown): value is ImportPreview {
  if (typeof value !== "object" || value === null) return false;
  const preview = value as Record<string, unknown>;
  const counts = ["totalRows", "creates", "updates", "unchanged", "errorCount"];
  return (
    typeof preview.ok === "boolean" &&
    counts.every((count) => typeof preview[count] === "number") &&
    Array.isArray(preview.errors)
  );
}

/** Reading counts rows as they come (total null); checking and writing count them against the total. */
function isImportProgress(value: unknown): value is ImportProgress {
  if (typeof value !== "object" || value === null) return false;
  const { phase, done, total } = value as Record<string, unknown>;
  if (typeof done !== "number") return false;
  if (phase === "read") return total === null;
  return (phase === "check" || phase === "write") && typeof total === "number";
}

/** What a followed import has said so far. */
export interface ImportStreamState {
  /** its latest progress line; null before the first */
  progress: ImportProgress | null;
  /** its last line, once it came: the preview (or the commit's result), or why it was refused */
  outcome: { preview: ImportPreview } | { error: ImportRequestError } | null;
}

/**
 * Reads the import route's answer to IMPORT_STREAM_TYPE as far as it has arrived: one JSON object per
 * line, `{progress}` while the server works, then `{result}` or `{error, status}`. A line still on its
 * way (no newline yet) waits for the next call; a line of another shape is a refusal (a proxy's page).
 */
export function readImportStream(text: string): ImportStreamState {
  const state: ImportStreamState = { progress: null, outcome: null };
  const complete = text.slice(0, text.lastIndexOf("\n") + 1);
  for (const line of complete.split("\n")) {
    if (!line || state.outcome) continue;
    let parsed: Record<string, unknown> | null = null;
    try {
      parsed = JSON.parse(line) as Record<string, unknown> | null;
    } catch {
      // not JSON: refused below
    }
    const { progress, result } = parsed ?? {};
    if (isImportProgress(progress)) state.progress = progress;
    else if (isImportPreview(result)) state.outcome = { preview: result };
    else {
      const status = typeof parsed?.status === "number" ? parsed.status : 200;
      state.outcome = { error: refusalIn(parsed, status) };
    }
  }
  return state;
}
