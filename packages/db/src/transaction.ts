import type { Prisma } from "./generated/prisma/client.ts";
import { inOrder, type Connection } from "./transaction-connection.ts";
import type { Database } from "./database.ts";

export type Transaction = Prisma.TransactionClient;

/**
 * Runs `work` in one transaction. Services own their transactions through this, and pass `tx` to
 * every repository inside: on PGlite (one connection) touching the outer client would deadlock.
 */
export function runInTransaction<T>(
  database: Database,
  work: (tx: Transaction) => Promise<T>,
  /** long for bulk work (a spreadsheet import); the default bounds a stuck request */
  timeoutMs = 20_000,
): Promise<T> {
  return database.prisma.$transaction(work, { timeout: timeoutMs, maxWait: 20_000 });
}

/**
 * `runInTransaction` for bulk work: `work` also gets the driver connection the transaction runs on,
 * for statements too large to pass through Prisma (transaction-connection.ts says why). Statements on the
 * connection are part of the transaction: they commit or roll back with it.
 */
export function runInTransactionWithConnection<T>(
  database: Database,
  work: (tx: Transaction, connection: Connection) => Promise<T>,
  timeoutMs?: number,
): Promise<T> {
  return runInTransaction(
    database,
    async (tx) => work(tx, inOrder(await database.connectionOf(tx))),
    timeoutMs,
  );
}
