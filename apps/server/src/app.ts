import http from "node:http";
import type { Database } from "@govshare/db";
import { createContext, listDepartments, type AuthSettings } from "@govshare/api";
import { createCatalogueFilesHandler } from "./http/catalogue-files.ts";
import { credentialsOf } from "./http/cookies.ts";
import { hostAllowed, type HostPolicy } from "./http/allowed-hosts.ts";
import { csrfRefusal } from "./http/csrf.ts";
import { createRankingsExportHandler } from "./http/rankings-export.ts";
import { sendJson } from "./http/json-response.ts";
import { setSecurityHeaders } from "./http/security-headers.ts";
import { createStaticHandler } from "./http/static-files.ts";
import { createTrpcHandler, requestIdOf } from "./http/trpc-handler.ts";
import type { Logger } from "./logger.ts";

export interface AppOptions {
  database: Database;
  logger: Logger;
  bodyLimitBytes: number;
  authSettings: AuthSettings;
  cookieSecure: boolean;
  consoleDir: string;
  extraOrigins: readonly string[];
  /** the Host names served (allowed-hosts.ts); /healthz answers any */
  hostPolicy: HostPolicy;
  benchRoutes: boolean;
  fastQueries?: boolean;
  now?: () => Date;
  /**
   * BENCHMARK ONLY: false serves /trpc without writing audit events, so that the sharing benchmark can
   * measure the audit chain's cost. Deliberately not in env.ts: only code can pass it (startServer's
   * `given`, used by apps/server/bench/server-without-audit-chain.ts). Default true.
   */
  auditChain?: boolean;
}

/** The HTTP host: /healthz, /trpc, and the built console at /. Listening is the caller's business. */
export function createApp(options: AppOptions): http.Server {
  const { database, logger } = options;
  const trpc = createTrpcHandler(options);
  const staticFiles = createStaticHandler(options.consoleDir);
  const catalogueFiles = createCatalogueFilesHandler(options);
  const rankingsExport = createRankingsExportHandler(options);
  const extraOrigins = new Set(options.extraOrigins);

  return http.createServer((req, res) => {
    const started = performance.now();
    const requestId = requestIdOf(req);
    res.setHeader("X-Request-Id", requestId);
    setSecurityHeaders(res);
    res.on("finish", () => {
      logger.info({
        requestId,
        method: req.method,
        path: req.url?.split("?")[0],
        status: res.statusCode,
        ms: Math.round((performance.now() - started) * 10) / 10,
      });
    });

    const pathname = (req.url ?? "/").split("?")[0]!;
    if (pathname === "/healthz") return void health(database, res);
    if (!hostAllowed(req, options.hostPolicy)) return misdirected(res);
    if (pathname.startsWith("/trpc/")) {
      const refusal = csrfRefusal(req, extraOrigins);
      if (refusal) return forbidden(res, refusal);
      // Refuse by the declared length before reading anything; tRPC's own limit covers chunked bodies.
      if (Number(req.headers["content-length"] ?? 0) > options.bodyLimitBytes) return tooLarge(res);
      return void trpc(req, res).catch((error: unknown) => {
        logger.error({ err: error, requestId }, "request failed");
        if (!res.headersSent)
          sendJson(res, 500, { error: { message: "服务器内部错误 / Internal server error" } });
      });
    }
    if (pathname.startsWith("/api/catalogue/")) {
      return void catalogueFiles(req, res, pathname).catch((error: unknown) => {
        logger.error({ err: error, requestId }, "request failed");
        if (!res.headersSent)
          sendJson(res, 500, { error: { message: "服务器内部错误 / Internal server error" } });
      });
    }
    if (pathname.startsWith("/api/rankings/")) {
      return void rankingsExport(req, res, pathname).catch((error: unknown) => {
        logger.error({ err: error, requestId }, "request failed");
        if (!res.headersSent)
          sendJson(res, 500, { error: { message: "服务器内部错误 / Internal server error" } });
      });
    }
    if (options.benchRoutes && pathname === "/bench/departments") {
      // What `npm run bench` compares tRPC against: the same work (resolve the caller, the same
      // service call, the same rows) answered by a bare node:http route, without tRPC.
      return void createContext({ database, requestId, credentials: credentialsOf(req) })
        .then(async (ctx) => {
          if (!ctx.principal) return sendJson(res, 401, { error: "sign in" });
          sendJson(res, 200, { result: { data: await listDepartments(ctx, { page: 1, pageSize: 20 }) } });
        })
        .catch(() => sendJson(res, 500, { error: "failed" }));
    }
    if (staticFiles && (req.method === "GET" || req.method === "HEAD")) {
      return staticFiles(req, res, () => sendJson(res, 404, { error: "not found" }));
    }
    sendJson(res, 404, { error: { message: "未找到 / Not found" } });
  });
}

async function health(database: Database, res: http.ServerResponse) {
  const timeout = new Promise<never>((_, reject) =>
    setTimeout(() => reject(new Error("timeout")), 2000).unref(),
  );
  try {
    await Promise.race([database.ping(), timeout]);
    sendJson(res, 200, { status: "ok", database: database.kind });
  } catch {
    sendJson(res, 503, { status: "unavailable", database: database.kind });
  }
}

function forbidden(res: http.ServerResponse, reason: string) {
  sendJson(res, 403, {
    error: {
      message: `请求被拒绝（跨站请求防护）/ Forbidden: ${reason}`,
      code: -32003,
      data: { code: "FORBIDDEN", httpStatus: 403 },
    },
  });
}

function misdirected(res: http.ServerResponse) {
  sendJson(res, 421, {
    error: {
      message:
        "此主机名未被允许，请在 ALLOWED_HOSTS 中配置 / This host name is not served: add it to ALLOWED_HOSTS",
      code: -32003,
      data: { code: "MISDIRECTED_REQUEST", httpStatus: 421 },
    },
  });
}

function tooLarge(res: http.ServerResponse) {
  res.setHeader("Connection", "close"); // the unread body must not be parsed as the next request
  sendJson(res, 413, {
    error: {
      message: "请求内容过大 / Request body too large",
      code: -32600,
      data: { code: "PAYLOAD_TOO_LARGE", httpStatus: 413 },
    },
  });
}
