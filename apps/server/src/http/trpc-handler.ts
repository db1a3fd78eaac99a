import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { appRouter, createContext } from "@govshare/api";
import type { Database } from "@govshare/db";
import { createHTTPHandler } from "@trpc/server/adapters/standalone";
import type { Logger } from "../logger.ts";

export interface TrpcHandlerOptions {
  database: Database;
  logger: Logger;
  bodyLimitBytes: number;
  now?: () => Date;
}

/** /trpc/<procedure>: tRPC's own HTTP adapter, so batching and the error shape are the official ones. */
export function createTrpcHandler(options: TrpcHandlerOptions) {
  return createHTTPHandler({
    router: appRouter,
    basePath: "/trpc/",
    maxBodySize: options.bodyLimitBytes,
    createContext: ({ req }) =>
      createContext({ database: options.database, requestId: requestIdOf(req), now: options.now }),
    onError({ error, path, ctx }) {
      if (error.code === "INTERNAL_SERVER_ERROR") {
        options.logger.error({ err: error, path, requestId: ctx?.requestId }, "procedure failed");
      }
    },
  }) as (req: IncomingMessage, res: ServerResponse) => void;
}

/** Reuses the id a proxy put on the request (so logs line up), or makes one. */
export function requestIdOf(req: IncomingMessage): string {
  const given = req.headers["x-request-id"];
  if (typeof given === "string" && /^[\w-]{1,64}$/.test(given)) return given;
  const id = randomUUID();
  req.headers["x-request-id"] = id;
  return id;
}
