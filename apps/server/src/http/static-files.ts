import { existsSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import sirv from "sirv";

/**
 * The built console. Hashed assets are cached for a year; every other path that is not a file gets
 * index.html, so the console's client-side routes survive a reload.
 */
export function createStaticHandler(consoleDir: string) {
  if (!existsSync(consoleDir)) return null;
  return sirv(consoleDir, {
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
}
