import type { Database } from "@govshare/db";

/** What every procedure may use. Built per request by the HTTP host, or by tests (createCaller). */
export interface Context {
  database: Database;
  /** Correlates logs, audit events and error reports of one request. */
  requestId: string;
  /** Injected so that deadlines and expiry are testable without waiting. */
  now: () => Date;
}

export interface CreateContextOptions {
  database: Database;
  requestId: string;
  now?: () => Date;
}

export async function createContext(options: CreateContextOptions): Promise<Context> {
  return { database: options.database, requestId: options.requestId, now: options.now ?? (() => new Date()) };
}
