import type { IncomingMessage, ServerResponse } from "node:http";
import {
  commitImport,
  createContext,
  exportCatalogue,
  isAppError,
  previewImport,
  requireSignedIn,
  writeTemplate,
  type AuthSettings,
  type ImportPreview,
  type OnImportProgress,
} from "@govshare/api";
import type { Database } from "@govshare/db";
import { ZResourceFiltersSchema } from "@govshare/validators";
import type { Logger } from "../logger.ts";
import { credentialsOf, sessionCookieFor } from "./cookies.ts";
import { sendJson } from "./json-response.ts";
import { requestIdOf } from "./trpc-handler.ts";

/**
 * Spreadsheets travel as files, not JSON, so they have plain routes beside /trpc:
 *   GET  /api/catalogue/template.xlsx            the empty template with an example row
 *   GET  /api/catalogue/export.xlsx?filters=…    the visible catalogue (list filters as JSON)
 *   POST /api/catalogue/import?mode=preview|commit&kind=xlsx|csv   body: the file itself
 *        (with `accept: application/x-ndjson`: progress lines, then the result, see streamImport)
 * The API package decides who may do what. A POST must carry `x-govshare-upload: 1`: a cross-site
 * form cannot set a header, and a cross-site script setting one needs a CORS preflight we never grant.
 */
export const UPLOAD_HEADER = "x-govshare-upload";
const UPLOAD_LIMIT_BYTES = 50 * 1024 * 1024;
const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const statusOf: Record<string, number> = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PRECONDITION_FAILED: 412,
  PAYLOAD_TOO_LARGE: 413,
  TOO_MANY_REQUESTS: 429,
};

class TooLarge extends Error {}

/** A refused or failed request: its status and the words the user reads ("中文 / English"). */
interface Refusal {
  status: number;
  error: { message: string; code?: string };
}

/** What to answer for `error`; null for an unexpected one (a bug: logged, answered with a bare 500). */
function refusalOf(error: unknown): Refusal | null {
  if (error instanceof TooLarge)
    return { status: 413, error: { message: "文件超过 50 MB / The file is larger than 50 MB" } };
  if (error instanceof SyntaxError || (error as { name?: string }).name === "ZodError") {
    return { status: 400, error: { message: "参数有误 / Invalid parameters" } };
  }
  if (isAppError(error)) {
    return { status: statusOf[error.code] ?? 400, error: { message: error.message, code: error.code } };
  }
  return null;
}

const INTERNAL_ERROR: Refusal = {
  status: 500,
  error: { message: "服务器内部错误 / Internal server error" },
};

/** What the console asks for to follow an import's progress. */
const NDJSON_TYPE = "application/x-ndjson";

/**
 * Runs an import that reports as it goes: a 10k-row file takes seconds after its upload has ended, and
 * the console's progress bar follows it meanwhile. The answer is 200 with one JSON object per line:
 * `{"progress":{"phase","done","total"}}` as the import goes, then `{"result":…}` (the preview), or
 * `{"error":{"message"},"status":…}` with the status a plain request would have been answered with.
 * A line per 1000 rows read and per 100 rows checked: some 200 lines (12 KB) for a 10k-row file.
 * `x-accel-buffering: no` asks a proxy (nginx) to pass the lines on as they come.
 */
async function streamImport(
  res: ServerResponse,
  run: (onProgress: OnImportProgress) => Promise<ImportPreview>,
  fail: (error: unknown) => Refusal,
): Promise<void> {
  res.writeHead(200, {
    "content-type": `${NDJSON_TYPE}; charset=utf-8`,
    "cache-control": "no-store",
    "x-accel-buffering": "no",
  });
  // a user who left no longer reads the lines; the import itself goes on (a commit lands or not, whole)
  const send = (line: unknown) => void (res.destroyed || res.write(`${JSON.stringify(line)}\n`));
  try {
    send({ result: await run((progress) => send({ progress })) });
  } catch (error) {
    const { status, error: body } = fail(error);
    send({ error: body, status });
  }
  res.end();
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  if (Number(req.headers["content-length"] ?? 0) > UPLOAD_LIMIT_BYTES) throw new TooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > UPLOAD_LIMIT_BYTES) throw new TooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

export interface CatalogueFilesOptions {
  database: Database;
  logger: Logger;
  authSettings: AuthSettings;
  cookieSecure: boolean;
}

export function createCatalogueFilesHandler(options: CatalogueFilesOptions) {
  return async function handle(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> {
    const ctx = await createContext({
      database: options.database,
      requestId: requestIdOf(req),
      settings: options.authSettings,
      credentials: credentialsOf(req),
      sessionCookie: sessionCookieFor(res, options.cookieSecure),
    });
    const url = new URL(req.url ?? "/", "http://localhost");
    const answerFor = (error: unknown): Refusal => {
      const refusal = refusalOf(error);
      if (!refusal)
        options.logger.error({ err: error, requestId: ctx.requestId }, "spreadsheet request failed");
      return refusal ?? INTERNAL_ERROR;
    };
    try {
      if (req.method === "GET" && pathname === "/api/catalogue/template.xlsx") {
        if (!ctx.principal) return sendJson(res, 401, { error: { message: "请先登录 / Sign in first" } });
        res.writeHead(200, {
          "content-type": XLSX_TYPE,
          "content-disposition": attachment("信息资源目录模板.xlsx"),
        });
        return await writeTemplate(res);
      }
      if (req.method === "GET" && pathname === "/api/catalogue/export.xlsx") {
        if (!ctx.principal) return sendJson(res, 401, { error: { message: "请先登录 / Sign in first" } });
        const filters = ZResourceFiltersSchema.parse(JSON.parse(url.searchParams.get("filters") || "{}"));
        res.writeHead(200, {
          "content-type": XLSX_TYPE,
          "content-disposition": attachment("信息资源目录.xlsx"),
        });
        await exportCatalogue(ctx, filters, res);
        return;
      }
      if (req.method === "POST" && pathname === "/api/catalogue/import") {
        if (req.headers[UPLOAD_HEADER] !== "1") {
          return sendJson(res, 403, {
            error: { message: `缺少 ${UPLOAD_HEADER} 请求头 / Missing the ${UPLOAD_HEADER} header` },
          });
        }
        const mode = url.searchParams.get("mode") === "commit" ? "commit" : "preview";
        const kind = url.searchParams.get("kind") === "csv" ? "csv" : "xlsx";
        requireSignedIn(ctx, ["officer"]); // before reading up to 50 MB from anyone
        const body = await readBody(req);
        const run = (onProgress?: OnImportProgress) =>
          mode === "commit"
            ? commitImport(ctx, kind, body, onProgress)
            : previewImport(ctx, kind, body, onProgress);
        if (req.headers.accept?.includes(NDJSON_TYPE)) return await streamImport(res, run, answerFor);
        return sendJson(res, 200, await run());
      }
      sendJson(res, 404, { error: { message: "未找到 / Not found" } });
    } catch (error) {
      if (res.headersSent) {
        options.logger.error({ err: error, requestId: ctx.requestId }, "spreadsheet stream failed");
        return void res.destroy();
      }
      const { status, error: body } = answerFor(error);
      sendJson(res, status, { error: body });
    }
  };
}

function attachment(filename: string): string {
  return `attachment; filename="catalogue.xlsx"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}
