import type { IncomingMessage, ServerResponse } from "node:http";
import { createContext, isAppError, prepareRankingsExport, type AuthSettings } from "@govshare/api";
import type { Database } from "@govshare/db";
import type { Logger } from "../logger.ts";
import { credentialsOf, sessionCookieFor } from "./cookies.ts";
import { sendJson } from "./json-response.ts";
import { requestIdOf } from "./trpc-handler.ts";

/**
 * GET /api/rankings/export.xlsx?period=week|month|quarter|year&date=YYYY-MM-DD: the 通报排名 bulletin
 * as a workbook. The same rule as rankings.list (centre, supervisor) is checked in the API package;
 * errors answer with the status and bilingual message the catalogue's file routes use.
 */
export const RANKINGS_EXPORT_PATH = "/api/rankings/export.xlsx";
const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const statusOf: Record<string, number> = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
};

export interface RankingsExportOptions {
  database: Database;
  logger: Logger;
  authSettings: AuthSettings;
  cookieSecure: boolean;
  now?: () => Date;
}

export function createRankingsExportHandler(options: RankingsExportOptions) {
  return async function handle(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> {
    if (req.method !== "GET" || pathname !== RANKINGS_EXPORT_PATH)
      return sendJson(res, 404, { error: { message: "未找到 / Not found" } });
    const ctx = await createContext({
      database: options.database,
      requestId: requestIdOf(req),
      settings: options.authSettings,
      credentials: credentialsOf(req),
      sessionCookie: sessionCookieFor(res, options.cookieSecure),
      now: options.now,
    });
    const url = new URL(req.url ?? "/", "http://localhost");
    try {
      const workbook = await prepareRankingsExport(ctx, {
        period: url.searchParams.get("period") ?? undefined,
        date: url.searchParams.get("date") ?? undefined,
      });
      res.writeHead(200, {
        "content-type": XLSX_TYPE,
        "content-disposition": `attachment; filename="rankings.xlsx"; filename*=UTF-8''${encodeURIComponent(workbook.filename)}`,
        "cache-control": "no-store",
      });
      await workbook.write(res);
      res.end();
    } catch (error) {
      if (res.headersSent) {
        options.logger.error({ err: error, requestId: ctx.requestId }, "rankings export failed");
        return void res.destroy();
      }
      if ((error as { name?: string }).name === "ZodError" || error instanceof RangeError)
        return sendJson(res, 400, { error: { message: "参数有误 / Invalid parameters" } });
      if (isAppError(error))
        return sendJson(res, statusOf[error.code] ?? 400, {
          error: { message: error.message, code: error.code },
        });
      options.logger.error({ err: error, requestId: ctx.requestId }, "rankings export failed");
      sendJson(res, 500, { error: { message: "服务器内部错误 / Internal server error" } });
    }
  };
}
