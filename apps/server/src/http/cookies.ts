import type { IncomingMessage, ServerResponse } from "node:http";
import type { RequestCredentials, SessionCookie } from "@govshare/api";

export const SESSION_COOKIE = "govshare_session";

function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? "").split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/** What the API needs to know of the caller: the session cookie, a bearer token, the client. */
export function credentialsOf(req: IncomingMessage): RequestCredentials {
  const authorization = req.headers.authorization;
  const bearer = authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
  return {
    sessionToken: readCookie(req.headers.cookie, SESSION_COOKIE),
    bearerToken: bearer,
    userAgent: req.headers["user-agent"],
    ip: req.socket.remoteAddress,
  };
}

/** Session cookie: HttpOnly (no script reads it), SameSite=Lax (no cross-site POSTs carry it). */
export function sessionCookieFor(res: ServerResponse, secure: boolean): SessionCookie {
  const attributes = `Path=/; HttpOnly; SameSite=Lax${secure ? "; Secure" : ""}`;
  const append = (cookie: string) => {
    const previous = res.getHeader("Set-Cookie");
    res.setHeader(
      "Set-Cookie",
      previous === undefined ? [cookie] : [...([] as string[]).concat(previous as string[]), cookie],
    );
  };
  return {
    set: (token, maxAgeSeconds) =>
      append(`${SESSION_COOKIE}=${token}; ${attributes}; Max-Age=${maxAgeSeconds}`),
    clear: () => append(`${SESSION_COOKIE}=; ${attributes}; Max-Age=0`),
  };
}
