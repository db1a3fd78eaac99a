import type { IncomingMessage } from "node:http";

/**
 * DNS-rebinding guard. A page on a hostile domain whose DNS is re-pointed at 127.0.0.1 is, to the
 * browser, same-origin with this server: the Origin check of csrf.ts passes and the page could sign in
 * (for example with the demo passwords of a local embedded database) and read everything. Such requests
 * carry the hostile name in Host, so only the names this server is meant to be reached by are served.
 */
export interface HostPolicy {
  /** lower-case host names (no port); "*" allows any */
  names: ReadonlySet<string>;
}

const LOOPBACK_NAMES = ["localhost", "127.0.0.1", "[::1]", "::1"];
const WILDCARD_BINDS = new Set(["0.0.0.0", "::", "[::]"]);

/** Loopback names, the address the server listens on (unless it is a wildcard) and the configured ones. */
export function hostPolicyOf(listenHost: string, configured: readonly string[]): HostPolicy {
  const names = new Set([...LOOPBACK_NAMES, ...configured.map((name) => name.toLowerCase())]);
  if (!WILDCARD_BINDS.has(listenHost)) names.add(listenHost.toLowerCase());
  return { names };
}

/** The Host header's name without its port, lower-case; undefined when absent or malformed. */
export function hostNameOf(req: IncomingMessage): string | undefined {
  const host = req.headers.host?.trim().toLowerCase();
  if (!host) return undefined;
  if (host.startsWith("[")) {
    const end = host.indexOf("]");
    return end > 0 ? host.slice(0, end + 1) : undefined;
  }
  return host.split(":")[0] || undefined;
}

export function hostAllowed(req: IncomingMessage, policy: HostPolicy): boolean {
  if (policy.names.has("*")) return true;
  const name = hostNameOf(req);
  return name !== undefined && policy.names.has(name);
}
