#!/usr/bin/env node
// Drop-in for Prisma's native `schema-engine` binary (set PRISMA_SCHEMA_ENGINE_BINARY to this file).
// Speaks the CLI's protocol: newline-delimited JSON-RPC 2.0 on stdin/stdout, JSON log lines on stderr,
// plus `--version` and `cli can-connect-to-database|create-database`; forwards to @prisma/schema-engine-wasm.
// Backend: real Postgres from --datasource {"url":...}, or embedded PGlite when PGLITE_DIR is set.
import { appendFileSync, readFileSync } from "node:fs";
import readline from "node:readline";
import { createSchemaEngine, pgMigrationAdapter, pgliteMigrationAdapter, wasmVersion } from "./engine.mjs";

const argv = process.argv.slice(2);
const opts = (name) => argv.flatMap((a, i) => (a === name ? [argv[i + 1]] : []));
const log = (level, fields) =>
  process.stderr.write(
    JSON.stringify({ timestamp: new Date().toISOString(), level, fields, target: "schema_engine::logger" }) +
      "\n",
  );

if (argv.includes("--version")) {
  console.log(`schema-engine-cli ${await wasmVersion()}`);
  process.exit(0);
}
const datasource = JSON.parse(opts("--datasource")[0] ?? "{}");
const pgliteDir = process.env.PGLITE_DIR;

// ---- one-shot `cli <command>` mode (used by migrate dev / db push to ensure the DB exists) ----
const cliIdx = argv.indexOf("cli");
if (cliIdx >= 0) {
  const command = argv[cliIdx + 1];
  log("INFO", { message: `shim cli ${command}` }); // the CLI skips the first stderr line
  if (pgliteDir) process.exit(0);
  const pg = (await import("pg")).default;
  const url = new URL(datasource.url);
  const dbName = decodeURIComponent(url.pathname.slice(1)) || "postgres";
  const tryConnect = async (u) => {
    const c = new pg.Client({ connectionString: u.toString() });
    await c.connect();
    return c;
  };
  try {
    if (command === "can-connect-to-database") {
      await (await tryConnect(url)).end();
    } else if (command === "create-database") {
      const admin = new URL(url);
      admin.pathname = "/postgres";
      const c = await tryConnect(admin);
      await c.query(`CREATE DATABASE ${pg.escapeIdentifier(dbName)}`);
      await c.end();
    } else throw Object.assign(new Error(`unsupported cli command ${command}`), { code: "P1000" });
    process.exit(0);
  } catch (e) {
    const code = e.code === "3D000" ? "P1003" : e.code === "ECONNREFUSED" ? "P1001" : "P1000";
    log("ERROR", {
      error_code: code,
      message: code === "P1003" ? `Database \`${dbName}\` does not exist` : String(e.message),
    });
    process.exit(1);
  }
}

// ---- JSON-RPC mode ----
const schemaFiles = opts("--datamodels").map((p) => ({ path: p, content: readFileSync(p, "utf8") }));
const backend = pgliteDir
  ? await pgliteMigrationAdapter(pgliteDir)
  : { factory: await pgMigrationAdapter(datasource.url), close: async () => {} };
const engine = await createSchemaEngine(backend.factory, {
  schemaFiles,
  log: (line) => process.stderr.write(String(line).trimEnd() + "\n"),
});

const send = (msg) => process.stdout.write(JSON.stringify({ jsonrpc: "2.0", ...msg }) + "\n");
let printId = 1_000_000;
const handlers = {
  getDatabaseVersion: (p) => engine.version(p),
  async diff(p) {
    // native engine streams the script via a `print` request; wasm returns it as stdout
    const r = await engine.diff(p);
    if (r.stdout) send({ id: printId++, method: "print", params: { content: r.stdout } });
    return { exitCode: r.exitCode, stdout: null };
  },
  // In the wasm engine, evaluateDataLoss/createMigration get no shadow-DB factory: they only work off
  // a cache that diagnoseMigrationHistory fills (using the factory). Warm it first; if that cannot
  // help (e.g. history not in sync), fall back to diff(migrations -> schema) on a shadow DB.
  evaluateDataLoss: (p) =>
    withWarmCache(
      p,
      () => engine.evaluateDataLoss(p),
      async () => {
        const sql = await diffFromMigrations(p);
        return {
          migrationSteps: sql.split("\n").filter((l) => /^-- [A-Z]/.test(l)).length,
          warnings: [],
          unexecutableSteps: [],
        };
      },
    ),
  createMigration: (p) =>
    withWarmCache(
      p,
      () => engine.createMigration(p),
      async () => {
        const sql = await diffFromMigrations(p);
        const ts = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
        return {
          connectorType: "postgresql",
          generatedMigrationName: `${ts}_${p.migrationName}`,
          extension: "sql",
          migrationScript: sql || (p.draft ? "-- This is an empty migration." : null),
        };
      },
    ),
};
async function withWarmCache(p, run, fallback) {
  await engine.diagnoseMigrationHistory({
    migrationsList: p.migrationsList,
    optInToShadowDatabase: true,
    filters: p.filters,
  });
  try {
    return await run();
  } catch (e) {
    if (/shadow DB must be provided/.test(e.message)) return fallback();
    throw e;
  }
}
async function diffFromMigrations(p) {
  const r = await engine.diff({
    from: { tag: "migrations", ...p.migrationsList },
    to: { tag: "schemaDatamodel", ...p.schema },
    script: true,
    exitCode: null,
    filters: p.filters,
  });
  return /empty migration/.test(r.stdout ?? "") ? "" : (r.stdout ?? "");
}
async function handle(req) {
  const fn =
    handlers[req.method] ?? (typeof engine[req.method] === "function" ? (p) => engine[req.method](p) : null);
  if (!fn)
    throw Object.assign(new Error(`Method not supported by wasm shim: ${req.method}`), { code: "P1000" });
  const result = await fn(req.params ?? {});
  return result === undefined ? {} : result;
}

let queue = Promise.resolve();
let current = null; // id of the request in flight; wasm panics surface as uncaught exceptions
const fail = (id, e, isPanic) => {
  const message = isPanic
    ? globalThis.PRISMA_WASM_PANIC_REGISTRY.get() || String(e.message)
    : String(e.message ?? e);
  send({
    id,
    error: {
      code: 4466,
      message,
      data: {
        is_panic: isPanic,
        message,
        backtrace: null,
        error_code: typeof e.code === "string" ? e.code : undefined,
        meta: e.meta ?? null,
      },
    },
  });
};
process.on("uncaughtException", (e) => {
  if (current !== null) fail(current, e, true);
  process.exit(101);
});
const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
rl.on("line", (line) => {
  if (!line.trim()) return;
  const msg = JSON.parse(line);
  if (process.env.SHIM_TRACE) appendFileSync(process.env.SHIM_TRACE, line.slice(0, 400) + "\n");
  if (!msg.method) return; // reply to one of our `print` requests
  queue = queue.then(async () => {
    current = msg.id;
    try {
      send({ id: msg.id, result: await handle(msg) });
    } catch (e) {
      fail(msg.id, e, e instanceof WebAssembly.RuntimeError);
    }
    current = null;
  });
});
rl.on("close", () =>
  queue.then(async () => {
    engine.free();
    await backend.close();
    process.exit(0);
  }),
);
