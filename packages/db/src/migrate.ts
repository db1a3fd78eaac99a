import path from "node:path";
import { deployMigrations, pgMigrationAdapter, pgliteMigrationFactory } from "@govshare/prisma-engine";
import type { Database } from "./database.ts";

/** prisma/migrations at the repository root: one history for PGlite and PostgreSQL. */
export const migrationsDir = path.resolve(import.meta.dirname, "../../../prisma/migrations");

/**
 * Applies pending migrations (Prisma's own layout and bookkeeping, through the wasm schema engine, so
 * nothing is downloaded). Returns the names applied; throws if one fails, leaving it unapplied.
 */
export async function migrateDatabase(database: Database, dir = migrationsDir): Promise<string[]> {
  const factory = database.pglite
    ? await pgliteMigrationFactory(database.pglite)
    : await pgMigrationAdapter(database.config.kind === "postgresql" ? database.config.url : "");
  return deployMigrations(factory, dir);
}
