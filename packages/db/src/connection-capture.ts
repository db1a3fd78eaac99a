import { AsyncLocalStorage } from "node:async_hooks";
import type { PGlite } from "@electric-sql/pglite";
import type pg from "pg";

/** A statement on a driver connection, past Prisma: what pg's PoolClient and PGlite's Transaction share. */
export interface Connection {
  query(sql: string, params?: unknown[]): Promise<unknown>;
}

/**
 * Lets the code inside a Prisma interactive transaction reach the driver connection the transaction
 * runs on, so that bulk statements (a spreadsheet import's drafts, ~1 MB of JSON each) can skip
 * Prisma: its raw queries turn their parameters into JSON for the query compiler and back, and keep the
 * last 100 queries' text, parameters included, for error reports. A 10k-row import left ~40 MB of such
 * copies alive and some 200 MB of garbage behind.
 *
 * The driver offers each connection it takes for a transaction; the offer is kept only by a
 * `capture` waiting in the same async context, which is the one that starts the transaction.
 * Statements given to the captured connection run one after another (pg 9 drops the queueing of
 * overlapping `client.query` calls); the caller must not overlap them with the transaction's Prisma
 * queries either.
 */
export class ConnectionCapture {
  readonly #waiting = new AsyncLocalStorage<{ connection?: Connection }>();

  /** Runs `start` (which opens one transaction); inside it, `connection()` is that transaction's. */
  capture<T>(start: (connection: () => Connection) => Promise<T>): Promise<T> {
    const slot: { connection?: Connection } = {};
    let ordered: Connection | undefined;
    return this.#waiting.run(slot, () =>
      start(() => {
        if (!slot.connection) throw new Error("the transaction's connection was not captured");
        return (ordered ??= inOrder(slot.connection));
      }),
    );
  }

  /** Called by the driver as it takes a connection for a transaction, in the caller's async context. */
  offer(): (connection: Connection) => void {
    const slot = this.#waiting.getStore();
    return (connection) => {
      if (slot && !slot.connection) slot.connection = connection;
    };
  }
}

/** Each statement starts once the one before it has finished, failed or not. */
function inOrder(connection: Connection): Connection {
  let last: Promise<unknown> = Promise.resolve();
  return {
    query(sql, params) {
      const result = last.then(() => connection.query(sql, params));
      last = result.catch(() => undefined);
      return result;
    },
  };
}

/**
 * PGlite's adapter opens each transaction with `pglite.transaction`. It has a single connection:
 * nothing else reaches the database until the transaction ends.
 */
export function offerPGliteTransactions(pglite: PGlite, capture: ConnectionCapture): void {
  const transaction = pglite.transaction.bind(pglite);
  pglite.transaction = (work) => {
    const take = capture.offer();
    return transaction((tx) => {
      take(tx);
      return work(tx);
    });
  };
}

/**
 * pg's adapter takes a transaction's client with `pool.connect()`, and nothing else calls it that way:
 * its other queries go through `pool.query`, which checks clients out with a callback.
 */
export function offerPoolConnections(pool: pg.Pool, capture: ConnectionCapture): void {
  const connect = pool.connect.bind(pool);
  pool.connect = ((callback?: Parameters<pg.Pool["connect"]>[0]) => {
    if (callback) return connect(callback);
    const take = capture.offer();
    return connect().then((client) => {
      take(client);
      return client;
    });
  }) as pg.Pool["connect"];
}
