import { mkdir } from "node:fs/promises";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
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
  /** Resolves when the database answers a trivial query; rejects otherwise. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export async function openDatabase(config: DatabaseConfig): Promise<Database> {
  if (config.kind === "pglite") {
    // PGlite creates its own folder but not the ones above it (.data/ on a fresh clone)
    if (config.dataDir) await mkdir(config.dataDir, { recursive: true });
    const pglite = await PGlite.create(config.dataDir ? { dataDir: config.dataDir } : {});
    // PGlite has exactly one connection; the adapter queues queries on it.
    const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
    return wrap(config, prisma, pglite, async () => {
      await prisma.$disconnect();
      await pglite.close();
    });
  }
  const adapter = new PrismaPg({ connectionString: config.url, max: config.poolSize ?? 10 });
  const prisma = new PrismaClient({ adapter });
  return wrap(config, prisma, undefined, () => prisma.$disconnect());
}

function wrap(
  config: DatabaseConfig,
  prisma: PrismaClient,
  pglite: PGlite | undefined,
  close: () => Promise<void>,
): Database {
  let closed = false;
  return {
    kind: config.kind,
    config,
    prisma,
    pglite,
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
