import { createApiTokenRepository, createSessionRepository, type Database, type UserRow } from "@govshare/db";
import {
  DEFAULT_LOCKOUT_SETTINGS,
  DEFAULT_SESSION_SETTINGS,
  SESSION_TOUCH_INTERVAL_MS,
  sessionState,
  type Actor,
  type LockoutSettings,
  type SessionSettings,
} from "@govshare/domain";
import { hashToken } from "./auth/tokens.ts";

export interface AuthSettings {
  session: SessionSettings;
  lockout: LockoutSettings;
}
export const DEFAULT_AUTH_SETTINGS: AuthSettings = {
  session: DEFAULT_SESSION_SETTINGS,
  lockout: DEFAULT_LOCKOUT_SETTINGS,
};

/** How the transport lets procedures set or clear the session cookie (HTTP: Set-Cookie). */
export interface SessionCookie {
  set(token: string, maxAgeSeconds: number): void;
  clear(): void;
}

export interface RequestCredentials {
  sessionToken?: string;
  bearerToken?: string;
  userAgent?: string;
  ip?: string;
}

/** The signed-in user behind a request, and how they signed in. */
export interface Principal {
  actor: Actor;
  user: UserRow;
  via: "session" | "token";
  /** the session in use, so that logout ends exactly this one */
  sessionId: string | null;
}

/** What every procedure may use. Built per request by the HTTP host, or by tests (createCaller). */
export interface Context {
  database: Database;
  /** Correlates logs, audit events and error reports of one request. */
  requestId: string;
  /** Injected so that deadlines and expiry are testable without waiting. */
  now: () => Date;
  settings: AuthSettings;
  principal: Principal | null;
  sessionCookie: SessionCookie;
  client: { userAgent: string | null; ip: string | null };
  /**
   * Whether state changes append their audit events to the hash chain: always true, except in the
   * sharing benchmark's second server (apps/server/bench), which measures what the chain costs. No
   * environment variable, request field or header reaches it; see CreateContextOptions.auditChain.
   */
  auditChain: boolean;
}

export interface CreateContextOptions {
  database: Database;
  requestId: string;
  now?: () => Date;
  settings?: AuthSettings;
  credentials?: RequestCredentials;
  sessionCookie?: SessionCookie;
  /**
   * BENCHMARK ONLY. false makes `inAuditedTransaction` write no audit event at all, so that
   * `npm run bench` can state the audit chain's cost as a ratio. Defaults to true; only code can pass
   * false (the bench's own server entry, apps/server/bench/server-without-audit-chain.ts).
   */
  auditChain?: boolean;
}

const noCookies: SessionCookie = { set() {}, clear() {} };

export async function createContext(options: CreateContextOptions): Promise<Context> {
  const now = options.now ?? (() => new Date());
  const settings = options.settings ?? DEFAULT_AUTH_SETTINGS;
  const credentials = options.credentials ?? {};
  const sessionCookie = options.sessionCookie ?? noCookies;
  const principal = await resolvePrincipal(options.database, credentials, now(), settings, sessionCookie);
  return {
    database: options.database,
    requestId: options.requestId,
    now,
    settings,
    principal,
    sessionCookie,
    client: { userAgent: credentials.userAgent?.slice(0, 300) ?? null, ip: credentials.ip ?? null },
    auditChain: options.auditChain ?? true,
  };
}

/** A bearer token wins over a cookie: integrations send only the token. */
async function resolvePrincipal(
  database: Database,
  credentials: RequestCredentials,
  now: Date,
  settings: AuthSettings,
  sessionCookie: SessionCookie,
): Promise<Principal | null> {
  if (credentials.bearerToken) {
    const tokens = createApiTokenRepository(database.prisma);
    const token = await tokens.findByHash(hashToken(credentials.bearerToken));
    if (!token || token.revokedAt || token.user.disabled) return null;
    if (token.expiresAt && token.expiresAt <= now) return null;
    if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() > SESSION_TOUCH_INTERVAL_MS) {
      await tokens.touch(token.id, now);
    }
    return { actor: actorOf(token.user), user: token.user, via: "token", sessionId: null };
  }
  if (credentials.sessionToken) {
    const sessions = createSessionRepository(database.prisma);
    const session = await sessions.findByTokenHash(hashToken(credentials.sessionToken));
    if (!session || session.user.disabled || sessionState(session, now, settings.session) !== "active") {
      sessionCookie.clear(); // a dead cookie is of no use to the browser
      return null;
    }
    if (now.getTime() - session.lastSeenAt.getTime() > SESSION_TOUCH_INTERVAL_MS) {
      await sessions.touch(session.id, now);
    }
    return { actor: actorOf(session.user), user: session.user, via: "session", sessionId: session.id };
  }
  return null;
}

function actorOf(user: UserRow & { departmentId: string }): Actor {
  return { userId: user.id, username: user.username, departmentId: user.departmentId, roles: user.roles };
}
