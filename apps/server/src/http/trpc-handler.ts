import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { appRouter, createContext, type AuthSettings, type Context } from "@govshare/api";
import type { Database } from "@govshare/db";
import type { TRPCError } from "@trpc/server";
import { createHTTPHandler } from "@trpc/server/adapters/standalone";
import type { Logger } from "../logger.ts";
import { credentialsOf, sessionCookieFor } from "./cookies.ts";
import { createFastQueryHandler, MAX_BATCH_SIZE } from "./trpc-query-fast-path.ts";

export interface TrpcHandlerOptions {
  database: Database;
  logger: Logger;
  bodyLimitBytes: number;
  authSettings: AuthSettings;
  cookieSecure: boolean;
  /** false serves every request through tRPC's adapter (tests compare the two paths). */
  fastQueries?: boolean;
  now?: () => Date;
  /** BENCHMARK ONLY (see Context.auditChain): false writes no audit events. Default true. */
  auditChain?: boolean;
}

/** /trpc/<procedure>: GET queries on the fast path, everything else through tRPC's own HTTP adapter. */
export function createTrpcHandler(options: TrpcHandlerOptions) {
  const contextFor = (req: IncomingMessage, res: ServerResponse) =>
    createContext({
      database: options.database,
      requestId: requestIdOf(req),
      now: options.now,
      settings: options.authSettings,
      credentials: credentialsOf(req),
      sessionCookie: sessionCookieFor(res, options.cookieSecure),
      auditChain: options.auditChain,
    });
  const logError = (error: TRPCError, path: string | undefined, ctx: Context | undefined) => {
    if (error.code === "INTERNAL_SERVER_ERROR") {
      options.logger.error({ err: error, path, requestId: ctx?.requestId }, "procedure failed");
    }
  };
  const adapter = createHTTPHandler({
    router: appRouter,
    basePath: "/trpc/",
    maxBodySize: options.bodyLimitBytes,
    maxBatchSize: MAX_BATCH_SIZE,
    createContext: ({ req, res }) => contextFor(req, res),
    onError: ({ error, path, ctx }) => logError(error, path, ctx),
  }) as (req: IncomingMessage, res: ServerResponse) => void;
  const fastQuery = createFastQueryHandler<Context>({
    router: appRouter,
    createContext: contextFor,
    onError: logError,
  });

  return async (req: IncomingMessage, res: ServerResponse) => {
    if (options.fastQueries !== false && (await fastQuery(req, res))) return;
    adapter(req, res);
  };
}

/** Reuses the id a proxy put on the request (so logs line up), or makes one. */
export function requestIdOf(req: IncomingMessage): string {
  const given = req.headers["x-request-id"];
  if (typeof given === "string" && /^[\w-]{1,64}$/.test(given)) return given;
  const id = randomUUID();
  req.headers["x-request-id"] = id;
  return id;
}
