import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { deployMigrations, pgMigrationAdapter, pgliteMigrationFactory } from "./engine.mjs";

// Each test gets an empty database of the kind under test and its own migrations folder.
interface Target {
  factory: () => ReturnType<typeof pgMigrationAdapter>;
  query: (sql: string) => Promise<Record<string, unknown>[]>;
  close: () => Promise<void>;
}

async function emptyDatabase(): Promise<Target> {
  if (process.env.TEST_DB !== "postgresql") {
    const pglite = await PGlite.create();
    return {
      factory: () => pgliteMigrationFactory(pglite),
      query: async (sql) => (await pglite.query<Record<string, unknown>>(sql)).rows,
      close: () => pglite.close(),
    };
  }
  const adminUrl = process.env.TEST_POSTGRES_URL!;
  const name = `engine_test_${randomUUID().replaceAll("-", "")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  return {
    factory: () => pgMigrationAdapter(url.toString()),
    query: async (sql) => (await client.query(sql)).rows,
    close: async () => {
      await client.end();
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}

let dir: string;
let target: Target;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "migrations-"));
  await writeFile(path.join(dir, "migration_lock.toml"), 'provider = "postgresql"\n');
  target = await emptyDatabase();
});
afterEach(async () => {
  await target.close();
  await rm(dir, { recursive: true, force: true });
});

async function addMigration(name: string, sql: string) {
  await mkdir(path.join(dir, name));
  await writeFile(path.join(dir, name, "migration.sql"), sql);
}

describe(`wasm schema engine (${process.env.TEST_DB})`, () => {
  it("applies pending migrations once, in order", async () => {
    await addMigration("20260101000000_first", "CREATE TABLE a (id int primary key);");
    await addMigration("20260102000000_second", "ALTER TABLE a ADD COLUMN note text;");
    expect(await deployMigrations(await target.factory(), dir)).toEqual([
      "20260101000000_first",
      "20260102000000_second",
    ]);
    expect(await deployMigrations(await target.factory(), dir)).toEqual([]);
    const columns = await target.query(
      "SELECT column_name FROM information_schema.columns WHERE table_name = 'a' ORDER BY column_name",
    );
    expect(columns.map((c) => c.column_name)).toEqual(["id", "note"]);
  });

  it("fails loudly on a broken migration and does not record it as applied", async () => {
    await addMigration("20260101000000_good", "CREATE TABLE b (id int primary key);");
    await addMigration("20260102000000_broken", "ALTER TABLE no_such_table ADD COLUMN x int;");
    await expect(deployMigrations(await target.factory(), dir)).rejects.toThrow(/no_such_table/);
    const rows = await target.query(
      "SELECT migration_name, finished_at FROM _prisma_migrations ORDER BY migration_name",
    );
    expect(rows.map((r) => [r.migration_name, r.finished_at !== null])).toEqual([
      ["20260101000000_good", true],
      ["20260102000000_broken", false],
    ]);
    // and the next start refuses too, instead of carrying on with a half-migrated schema
    await expect(deployMigrations(await target.factory(), dir)).rejects.toThrow();
  });
});
