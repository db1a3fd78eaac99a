import { mkdir } from "node:fs/promises";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { findPGliteTransactions, findPoolClients, type ConnectionFinder } from "./transaction-connection.ts";
import { PrismaClient } from "./generated/prisma/client.ts";

/** Where the data lives: embedded PGlite (a folder, or memory when `dataDir` is undefined) or PostgreSQL. */
export type DatabaseConfig =
  { kind: "pglite"; dataDir: string | undefined } | { kind: "postgresql"; url: string; poolSize?: number };

export type DatabaseKind = DatabaseConfig["kind"];

export interface Database {
  readonly kind: DatabaseKind;
  readonly prisma: PrismaClient;
  /** The PGlite instance when embedded: the migration runner must reuse its only connection. */
  readonly pglite: PGlite | undefined;
  readonly config: DatabaseConfig;
  /** A transaction's driver connection (runInTransactionWithConnection). */
  readonly connectionOf: ConnectionFinder;
  /** Resolves when the database answers a trivial query; rejects otherwise. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export async function openDatabase(config: DatabaseConfig): Promise<Database> {
  if (config.kind === "pglite") {
    // PGlite creates its own folder but not the ones above it (.data/ on a fresh clone)
    if (config.dataDir) await mkdir(config.dataDir, { recursive: true });
    const pglite = await PGlite.create(config.dataDir ? { dataDir: config.dataDir } : {});
    const connectionOf = findPGliteTransactions(pglite);
    // PGlite has exactly one connection; the adapter queues queries on it.
    const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
    return wrap(config, { prisma, pglite, connectionOf }, async () => {
      await prisma.$disconnect();
      await pglite.close();
    });
  }
  const pool = new pg.Pool({
    connectionString: config.url,
    max: config.poolSize ?? 10,
    // A new connection is a new PostgreSQL backend, whose first queries are slow (its caches and
    // memory are cold): at 500k resources a search 10 s after the last took 120–140 ms against 30 ms a
    // second after. The driver's default ends a connection after 10 s idle, i.e. between most of one
    // user's clicks; this keeps it as long as PgBouncer's default server_idle_timeout.
    idleTimeoutMillis: 10 * 60_000,
    // idle connections do not keep a process alive (a script that forgets close() still ends)
    allowExitOnIdle: true,
  });
  // When PostgreSQL ends an idle connection the pool drops that client and emits "error"; unheard,
  // that error is an uncaught exception. Prisma's adapter listens only until $disconnect, and
  // pool.end() resolves before its clients are gone: a backend ended in between (a shutdown, DROP
  // DATABASE … WITH (FORCE) after a test) would crash the process. The next query opens a new client.
  pool.on("error", () => {});
  const connectionOf = findPoolClients(pool);
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  return wrap(config, { prisma, pglite: undefined, connectionOf }, async () => {
    await prisma.$disconnect();
    await pool.end(); // the adapter leaves a pool it was given open
  });
}

function wrap(
  config: DatabaseConfig,
  parts: Pick<Database, "prisma" | "pglite" | "connectionOf">,
  close: () => Promise<void>,
): Database {
  let closed = false;
  const { prisma } = parts;
  return {
    kind: config.kind,
    config,
    ...parts,
    async ping() {
      if (closed) throw new Error("database closed");
      await prisma.$queryRaw`SELECT 1`;
    },
    async close() {
      if (closed) return;
      closed = true;
      await close();
    },
  };
}
