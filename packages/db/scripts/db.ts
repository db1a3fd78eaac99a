// `pnpm db:migrate | db:seed | db:reset` — the database chores, outside the server.
// DATABASE_URL=postgresql://… targets PostgreSQL; otherwise the embedded database in PGLITE_DIR.
import { rm } from "node:fs/promises";
import path from "node:path";
import { openDatabase, type DatabaseConfig } from "../src/database.ts";
import { migrateDatabase } from "../src/migrate.ts";
import { seedDatabase } from "../src/seed/index.ts";

const repositoryRoot = path.resolve(import.meta.dirname, "../../..");
const pgliteDir = process.env.PGLITE_DIR || path.join(repositoryRoot, ".data/pglite");
const config: DatabaseConfig = process.env.DATABASE_URL
  ? { kind: "postgresql", url: process.env.DATABASE_URL }
  : { kind: "pglite", dataDir: pgliteDir };
const demo = config.kind === "pglite" || process.env.SEED_DEMO === "1";

const command = process.argv[2];
if (command === "reset") {
  if (config.kind !== "pglite") {
    console.error("db:reset only deletes the embedded database; drop a PostgreSQL database yourself.");
    process.exit(2);
  }
  await rm(pgliteDir, { recursive: true, force: true });
  console.log(`deleted ${pgliteDir}`);
}
if (!["migrate", "seed", "reset"].includes(command ?? "")) {
  console.error("usage: db.ts migrate|seed|reset");
  process.exit(2);
}

const database = await openDatabase(config);
try {
  const applied = await migrateDatabase(database);
  console.log(applied.length ? `applied: ${applied.join(", ")}` : "no pending migrations");
  if (command !== "migrate") console.log("seeded:", await seedDatabase(database, { demo }));
} finally {
  await database.close();
}
