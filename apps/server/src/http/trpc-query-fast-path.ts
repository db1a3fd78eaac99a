import type { IncomingMessage, ServerResponse } from "node:http";
import type { AnyRouter } from "@trpc/server";
import {
  callProcedure,
  getErrorShape,
  getHTTPStatusCode,
  getProcedureAtPath,
  getTRPCErrorFromUnknown,
  type TRPCError,
} from "@trpc/server/unstable-core-do-not-import";

/**
 * Why this exists: tRPC's HTTP adapter turns every node request into a Fetch Request, an
 * AbortController and a streamed Response; measured here it served departments.list at about half the
 * rate of a bare route, while calling the same procedure directly costs almost nothing (OFFLINE.md,
 * and `npm run bench`). Reads are most of the traffic, so plain GET queries take this path: same
 * procedures, middleware, context, error formatter, status codes and JSON as tRPC's adapter (an
 * integration test compares the two byte for byte). Anything else — mutations, POST, streaming
 * accept headers, unknown paths, unparsable input — returns false and goes to tRPC's own adapter.
 */
export interface FastQueryOptions<Ctx> {
  router: AnyRouter;
  createContext: (req: IncomingMessage, res: ServerResponse) => Promise<Ctx>;
  onError: (error: TRPCError, path: string, ctx: Ctx) => void;
}

/** Batches longer than this go to tRPC's adapter, which refuses them (maxBatchSize). */
export const MAX_BATCH_SIZE = 20;

interface Call {
  path: string;
  input: unknown;
}

export function createFastQueryHandler<Ctx>(options: FastQueryOptions<Ctx>) {
  const { router } = options;
  const config = router._def._config;

  /** Parses the request as tRPC's GET form; null when it is anything the fast path does not serve. */
  async function parseCalls(
    req: IncomingMessage,
    url: URL,
  ): Promise<{ calls: Call[]; batch: boolean } | null> {
    if (req.method !== "GET" || req.headers["trpc-accept"] !== undefined) return null;
    if (url.searchParams.has("connectionParams")) return null;
    const batch = url.searchParams.get("batch") === "1";
    let pathText: string;
    try {
      pathText = decodeURIComponent(url.pathname.slice("/trpc/".length));
    } catch {
      return null; // tRPC's adapter answers a malformed path with its own 400
    }
    const paths = batch ? pathText.split(",") : [pathText];
    let rawInput: unknown;
    try {
      const inputText = url.searchParams.get("input");
      rawInput = inputText === null ? undefined : JSON.parse(inputText);
    } catch {
      return null; // tRPC's adapter words the parse error
    }
    if (
      batch &&
      rawInput !== undefined &&
      (typeof rawInput !== "object" || rawInput === null || Array.isArray(rawInput))
    ) {
      return null;
    }
    if (paths.length > MAX_BATCH_SIZE) return null;
    for (const path of paths) {
      const procedure = await getProcedureAtPath(router, path);
      if (!procedure || procedure._def.type !== "query") return null;
    }
    const calls = paths.map((path, index) => ({
      path,
      input: batch ? (rawInput as Record<string, unknown> | undefined)?.[index] : rawInput,
    }));
    return { calls, batch };
  }

  return async function handle(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    const url = new URL(req.url ?? "/", "http://localhost");
    const parsed = await parseCalls(req, url);
    if (!parsed) return false;
    let ctx: Ctx;
    try {
      ctx = await options.createContext(req, res);
    } catch {
      return false; // nothing written yet: tRPC's adapter reports the failure in its own shape
    }
    const results = await Promise.all(
      parsed.calls.map(async ({ path, input }, batchIndex) => {
        try {
          const data = await callProcedure({
            router,
            path,
            getRawInput: async () => input,
            ctx,
            type: "query",
            signal: undefined,
            batchIndex,
          });
          return { result: { data } };
        } catch (cause) {
          const error = getTRPCErrorFromUnknown(cause);
          options.onError(error, path, ctx);
          return { error: getErrorShape({ config, error, type: "query", path, input, ctx }) };
        }
      }),
    );
    const body = parsed.batch ? results : results[0];
    const text = JSON.stringify(body);
    res.writeHead(getHTTPStatusCode(body as Parameters<typeof getHTTPStatusCode>[0]), {
      "content-type": "application/json",
      vary: "trpc-accept, accept",
      "content-length": Buffer.byteLength(text),
    });
    res.end(text);
    return true;
  };
}
