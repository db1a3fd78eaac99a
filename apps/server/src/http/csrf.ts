import type { IncomingMessage } from "node:http";

/**
 * Cross-site request forgery guard for everything that is not a read. tRPC alone accepts
 * multipart/form-data, which a foreign page can POST with the user's cookies; so a non-GET request must
 * be JSON and, when the browser says where it comes from, come from this server's own origin (same host
 * as the request) or a configured one. Returns why the request is refused, or null when it may pass.
 */
export function csrfRefusal(req: IncomingMessage, extraOrigins: ReadonlySet<string>): string | null {
  if (req.method === "GET" || req.method === "HEAD" || req.method === "OPTIONS") return null;
  const contentType = (req.headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase();
  if (contentType !== "application/json") return `content-type ${contentType || "(none)"} is not accepted`;
  const origin = req.headers.origin;
  if (origin !== undefined && !isSameHost(origin, req.headers.host) && !extraOrigins.has(origin)) {
    return `origin ${origin} is not allowed`;
  }
  if (origin === undefined && req.headers["sec-fetch-site"] === "cross-site") return "cross-site request";
  return null;
}

function isSameHost(origin: string, host: string | undefined): boolean {
  try {
    return host !== undefined && new URL(origin).host === host;
  } catch {
    return false; // "null" or garbage
  }
}
