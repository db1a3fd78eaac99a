import { existsSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import sirv from "sirv";

/**
 * The built console. Hashed assets are cached for a year; every other path that is not a file gets
 * index.html, so the console's client-side routes survive a reload.
 */
export function createStaticHandler(consoleDir: string) {
  if (!existsSync(consoleDir)) return null;
  const serve = sirv(consoleDir, {
    single: true,
    etag: true,
    gzip: false,
    setHeaders(res, pathname) {
      res.setHeader(
        "Cache-Control",
        pathname.startsWith("/assets/") ? "public, max-age=31536000, immutable" : "no-cache",
      );
    },
  }) as (req: IncomingMessage, res: ServerResponse, next: () => void) => void;
  return (req: IncomingMessage, res: ServerResponse, next: () => void) => {
    // sirv lists the files once and pipes a read stream without an error listener: a file removed since
    // (a rebuild of the console under a running server) would throw from the stream and end the
    // process. The headers are gone by then, so the one honest answer left is to drop the connection.
    res.once("pipe", (source: NodeJS.ReadableStream) => source.once("error", () => res.destroy()));
    serve(req, res, next);
  };
}
