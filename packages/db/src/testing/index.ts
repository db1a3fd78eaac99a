import { randomUUID } from "node:crypto";
import pg from "pg";
import { openDatabase, type Database } from "../database.ts";
import { migrateDatabase } from "../migrate.ts";

export { makeDepartment, makeUser } from "./factories.ts";

export interface TestDatabase extends Database {
  /** Closes the database and, on PostgreSQL, drops it. */
  destroy(): Promise<void>;
}

/**
 * A fresh, migrated database for one test file: in-memory PGlite when TEST_DB=pglite (the default),
 * or a new database on the PostgreSQL server at TEST_POSTGRES_URL when TEST_DB=postgresql.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const kind = process.env.TEST_DB === "postgresql" ? "postgresql" : "pglite";
  if (kind === "pglite") {
    const database = await openDatabase({ kind: "pglite", dataDir: undefined });
    await migrateDatabase(database);
    return { ...database, destroy: () => database.close() };
  }
  const adminUrl = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
  const name = `govshare_test_${randomUUID().replaceAll("-", "")}`;
  await withAdmin(adminUrl, (admin) => admin.query(`CREATE DATABASE ${name}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ kind: "postgresql", url: url.toString(), poolSize: 5 });
  await migrateDatabase(database);
  return {
    ...database,
    async destroy() {
      await database.close();
      await withAdmin(adminUrl, (admin) => admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}

async function withAdmin<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}
