// Prisma's schema engine without its native binary (which downloads from a host this network cannot
// reach): loads @prisma/schema-engine-wasm without --experimental-wasm-modules and wraps a Prisma
// driver-adapter factory the way the engine expects. Used by the CLI shim and by packages/db's
// migration runner, so `prisma migrate` and the server apply migrations the same way.
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { createRequire } from "node:module";
import * as bg from "@prisma/schema-engine-wasm/schema_engine_bg";
import { bindMigrationAwareSqlAdapterFactory, ColumnTypeEnum } from "@prisma/driver-adapter-utils";

const require = createRequire(import.meta.url);

// The wasm panic hook reports through this global (as in the prisma CLI); without it a panic
// becomes "Cannot read properties of undefined (reading 'set_message')".
globalThis.PRISMA_WASM_PANIC_REGISTRY ??= {
  message: "",
  set_message(m) {
    this.message = `RuntimeError: ${m}`;
  },
  get() {
    return this.message;
  },
};

let initialized = false;
async function initWasm() {
  if (initialized) return;
  const glue = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const bytes = await readFile(glue.replace(/\.js$/, ".wasm"));
  const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": bg });
  bg.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start();
  initialized = true;
}

export const wasmVersion = async () => {
  await initWasm();
  return bg.version();
};

/** @param adapterFactory e.g. new PrismaPg({connectionString}) or new PrismaPGlite(pglite) */
export async function createSchemaEngine(adapterFactory, { schemaFiles = [], log = () => {} } = {}) {
  await initWasm();
  // NB: an empty list panics ("validate_multi_file() must be called with at least one file"); pass undefined.
  const datamodels = schemaFiles.length ? schemaFiles.map((f) => [f.path, f.content]) : undefined;
  return bg.SchemaEngine.new({ datamodels }, log, bindMigrationAwareSqlAdapterFactory(adapterFactory));
}

export const noFilter = { externalTables: [], externalEnums: [] };

// Same shape as prisma CLI's listMigrations()
export async function listMigrations(migrationsDir, shadowDbInitScript = "") {
  const baseDir = path.resolve(migrationsDir);
  const lockfile = {
    path: "migration_lock.toml",
    content: await readFile(path.join(baseDir, "migration_lock.toml"), "utf8").catch(() => null),
  };
  const entries = await readdir(baseDir, { withFileTypes: true }).catch(() => []);
  const migrationDirectories = [];
  for (const e of entries.filter((d) => d.isDirectory())) {
    const content = await readFile(path.join(baseDir, e.name, "migration.sql"), "utf8").then(
      (value) => ({ tag: "ok", value }),
      (err) => ({ tag: "error", value: err.message }),
    );
    migrationDirectories.push({ path: e.name, migrationFile: { path: "migration.sql", content } });
  }
  migrationDirectories.sort((a, b) => a.path.localeCompare(b.path));
  return { baseDir, lockfile, migrationDirectories, shadowDbInitScript };
}

export async function loadSchema(schemaPath) {
  return [{ path: path.resolve(schemaPath), content: await readFile(schemaPath, "utf8") }];
}

/**
 * Migration-aware factory for real PostgreSQL on top of @prisma/adapter-pg.
 * Works around two adapter-pg 7.10 bugs in connectToShadowDb():
 *  - with {connectionString}, pg lets the URL override `database`, so the "shadow" pool hits the main DB;
 *  - dispose drops the shadow DB before closing its pool ("is being accessed by other users").
 * and a third: no mapping for pg's internal `"char"` type (see withCharColumns).
 */
export async function pgMigrationAdapter(url) {
  const { PrismaPg } = await import("@prisma/adapter-pg");
  const withDb = (db) => {
    const u = new URL(url);
    u.pathname = "/" + db;
    return u.toString();
  };
  const inner = new PrismaPg({ connectionString: url });
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    connect: async () => withCharColumns(await inner.connect()),
    async connectToShadowDb() {
      const admin = await inner.connect();
      const name = `prisma_migrate_shadow_db_${globalThis.crypto.randomUUID()}`;
      await admin.executeScript(`CREATE DATABASE "${name}"`);
      const shadow = withCharColumns(await new PrismaPg({ connectionString: withDb(name) }).connect());
      const disposeShadow = shadow.dispose.bind(shadow);
      shadow.dispose = async () => {
        await disposeShadow();
        await admin.executeScript(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await admin.dispose();
      };
      return shadow;
    },
  };
}

// adapter-pg throws UnsupportedNativeDataType for the internal `"char"` type (oid 18) that the
// schema describer reads from pg_catalog (contype, relkind...). Report it as Character, like
// pglite-prisma-adapter does. Applied per connection/transaction object; migration process only.
function withCharColumns(queryable) {
  const performIO = queryable.performIO.bind(queryable);
  queryable.performIO = async (query) => {
    const res = await performIO(query);
    const idx = [];
    res.fields?.forEach((f, i) => {
      if (f.dataTypeID === 18) {
        idx.push(i);
        f.dataTypeID = 25;
      }
    });
    if (idx.length) res.rows.charColumns = idx; // rows is passed through to the ResultSet
    return res;
  };
  const queryRaw = queryable.queryRaw.bind(queryable);
  queryable.queryRaw = async (query) => {
    const rs = await queryRaw(query);
    for (const i of rs.rows.charColumns ?? []) rs.columnTypes[i] = ColumnTypeEnum.Character;
    return rs;
  };
  const startTransaction = queryable.startTransaction?.bind(queryable);
  if (startTransaction)
    queryable.startTransaction = async (...a) => withCharColumns(await startTransaction(...a));
  return queryable;
}

/** Embedded PGlite on disk via pglite-prisma-adapter (its factory is migration-aware; shadow DB = memory PGlite). */
export async function pgliteMigrationAdapter(dataDir) {
  const { PGlite } = await import("@electric-sql/pglite");
  const db = await PGlite.create({ dataDir });
  return { factory: await pgliteMigrationFactory(db), close: () => db.close() };
}

export async function pgliteMigrationFactory(db) {
  const { PrismaPGlite } = await import("pglite-prisma-adapter");
  const inner = new PrismaPGlite(db);
  // pglite-prisma-adapter 0.7.2's executeScript() does not await client.exec(): a failing migration
  // is recorded in _prisma_migrations as successfully applied. Await it and map errors properly.
  const fixScript = (adapter) => {
    adapter.executeScript = async (script) => {
      try {
        await adapter.client.exec(script);
      } catch (e) {
        adapter.onError(e);
      }
    };
    return adapter;
  };
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    connect: async () => fixScript(await inner.connect()),
    connectToShadowDb: async () => fixScript(await inner.connectToShadowDb()),
  };
}

/**
 * Applies every pending migration in `migrationsDir` through `adapterFactory`; returns their names.
 * A failing migration throws (and is not recorded as applied).
 */
export async function deployMigrations(adapterFactory, migrationsDir) {
  // The engine does not dispose the connections it opens, and on PostgreSQL one of them holds Prisma's
  // migration advisory lock: the next run would wait 10 s for it. Track and dispose them here.
  const opened = [];
  const tracked = {
    provider: adapterFactory.provider,
    adapterName: adapterFactory.adapterName,
    connect: async () => {
      const adapter = await adapterFactory.connect();
      opened.push(adapter);
      return adapter;
    },
    connectToShadowDb: () => adapterFactory.connectToShadowDb(),
  };
  const engine = await createSchemaEngine(tracked);
  try {
    const result = await engine.applyMigrations({
      migrationsList: await listMigrations(migrationsDir),
      filters: noFilter,
    });
    return result.appliedMigrationNames;
  } finally {
    engine.free();
    await Promise.all(opened.map((adapter) => adapter.dispose()));
  }
}

export async function adapterFromEnv() {
  if (process.env.PGLITE_DIR) return pgliteMigrationAdapter(process.env.PGLITE_DIR);
  if (process.env.DATABASE_URL)
    return { factory: await pgMigrationAdapter(process.env.DATABASE_URL), close: async () => {} };
  throw new Error("set DATABASE_URL or PGLITE_DIR");
}
