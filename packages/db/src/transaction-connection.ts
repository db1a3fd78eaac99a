import type { PGlite, Transaction as PGliteTransaction } from "@electric-sql/pglite";
import type pg from "pg";
import type { Prisma } from "./generated/prisma/client.ts";

/** A statement on a driver connection, past Prisma: what pg's PoolClient and PGlite's Transaction share. */
export interface Connection {
  query(sql: string, params?: unknown[]): Promise<unknown>;
}

/**
 * Finds the driver connection a Prisma interactive transaction runs on, so that bulk statements (a
 * spreadsheet import's drafts, ~4 KB of JSON each, and its audit events) can skip Prisma: its raw
 * queries turn their parameters into JSON for the query compiler and back, and keep the last 100
 * queries' text, parameters included, for error reports. A 10k-row import kept ~40 MB of such copies alive.
 * (Not through AsyncLocalStorage: on Node 20, once used it slows every promise in the process.)
 */
export type ConnectionFinder = (tx: Prisma.TransactionClient) => Promise<Connection>;

/**
 * PGlite has a single connection and its adapter opens each transaction with `pglite.transaction`:
 * while one is open nothing else reaches the database, so the open one is the transaction's.
 */
export function findPGliteTransactions(pglite: PGlite): ConnectionFinder {
  let open: PGliteTransaction | undefined;
  const transaction = pglite.transaction.bind(pglite);
  pglite.transaction = (work) =>
    transaction(async (tx) => {
      open = tx;
      try {
        return await work(tx);
      } finally {
        open = undefined;
      }
    });
  return () => (open ? Promise.resolve(open) : Promise.reject(new Error("no PGlite transaction is open")));
}

/**
 * pg's adapter runs a transaction on one client checked out of the pool: the one whose server process
 * is the transaction's backend.
 */
export function findPoolClients(pool: pg.Pool): ConnectionFinder {
  const checkedOut = new Map<number, pg.PoolClient>();
  // pg keeps the backend's process id for cancel requests; @types/pg does not declare it
  const backendOf = (client: pg.PoolClient) => (client as pg.PoolClient & { processID: number }).processID;
  pool.on("acquire", (client) => checkedOut.set(backendOf(client), client));
  pool.on("release", (_error, client) => checkedOut.delete(backendOf(client)));
  return async (tx) => {
    const [row] = await tx.$queryRaw<{ pid: number }[]>`SELECT pg_backend_pid() AS pid`;
    const client = row && checkedOut.get(row.pid);
    if (!client) throw new Error("the transaction's pool client was not found");
    return client;
  };
}

/**
 * Each statement starts once the one before it has finished, failed or not: pg 9 drops the queueing
 * of overlapping `client.query` calls. The caller must not overlap them with the transaction's Prisma
 * queries either.
 */
export function inOrder(connection: Connection): Connection {
  let last: Promise<unknown> = Promise.resolve();
  return {
    query(sql, params) {
      const result = last.then(() => connection.query(sql, params));
      last = result.catch(() => undefined);
      return result;
    },
  };
}
