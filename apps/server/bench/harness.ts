import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { createServer } from "node:net";
import { createInterface } from "node:readline";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import pg from "pg";

/** The databases a benchmark runs on: a fresh embedded one, and a fresh one on the local PostgreSQL. */
export type BenchDatabase = { kind: "pglite"; dir: string } | { kind: "postgresql"; url: string };

const postgresAdminUrl = process.env.BENCH_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

export async function withBenchDatabases<T>(
  run: (database: BenchDatabase) => Promise<T>,
): Promise<Partial<Record<BenchDatabase["kind"], T>>> {
  const results: Partial<Record<BenchDatabase["kind"], T>> = {};
  const dir = await mkdtemp(path.join(tmpdir(), "govshare-bench-"));
  try {
    results.pglite = await run({ kind: "pglite", dir });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  const admin = new pg.Client({ connectionString: postgresAdminUrl });
  try {
    await admin.connect();
  } catch {
    console.warn(`!! PostgreSQL not reachable at ${postgresAdminUrl}: benchmark runs on PGlite only`);
    return results;
  }
  const name = `govshare_bench_${randomUUID().replaceAll("-", "")}`;
  await admin.query(`CREATE DATABASE ${name}`);
  try {
    const url = new URL(postgresAdminUrl);
    url.pathname = `/${name}`;
    results.postgresql = await run({ kind: "postgresql", url: url.toString() });
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
  return results;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** What apps/server/package.json's start script passes to node. */
const SERVER_NODE_FLAGS = ["--no-allocation-site-pretenuring"];

export interface BenchServerOptions {
  env?: Record<string, string>;
  /** "stderr": the server's log lines (at its LOG_LEVEL) go to the bench's stderr */
  output?: "ignore" | "stderr";
  /** the script the server process runs (relative to apps/server); the sharing bench passes its own */
  entry?: string;
  /** run with --trace-gc and keep the V8 heap's size at each GC (`heapSamples`) */
  traceGc?: boolean;
  /** preload live-heap-probe.ts: a full GC every 250 ms and what survived it (`liveHeapSamples`) */
  liveHeapProbe?: boolean;
}

/** The V8 heap's committed size (MB) around one garbage collection, and when its trace line arrived. */
export interface HeapSample {
  at: number;
  beforeMb: number;
  afterMb: number;
}

/** What the server held after a full garbage collection (live-heap-probe.ts), and when. */
export interface LiveHeapSample {
  at: number;
  heapMb: number;
  arrayBuffersMb: number;
}

const LIVE_HEAP_LINE = /^live-heap (\d+) (\d+)$/;
const mb = (bytes: string) => Number(bytes) / 1024 / 1024;

/** `[pid:isolate]  8198 ms: Mark-Compact 145.3 (170.8) -> 87.4 (142.5) MB, …`: used (committed) → used (committed) */
const GC_TRACE_LINE =
  /: (?:Scavenge|Mark-Compact|Minor Mark-Compact)[^\d]*[\d.]+ \(([\d.]+)\) -> [\d.]+ \(([\d.]+)\) MB/;

/** The real server in its own process (so that the load generator does not share its event loop). */
export async function startBenchServer(
  database: BenchDatabase,
  {
    env: extraEnv = {},
    output = "ignore",
    entry = "src/main.ts",
    traceGc = false,
    liveHeapProbe = false,
  }: BenchServerOptions = {},
): Promise<{
  url: string;
  pid: number;
  logLines: string[];
  /** with `traceGc`: one per GC of the server's isolates, in order */
  heapSamples: HeapSample[];
  /** with `liveHeapProbe`: one every 250 ms */
  liveHeapSamples: LiveHeapSample[];
  /** how the server ended when it ended by itself (or was killed by someone else); null while it runs */
  exit: () => string | null;
  stop: () => Promise<void>;
}> {
  const port = await freePort();
  const env = {
    ...process.env,
    PORT: String(port),
    HOST: "127.0.0.1",
    LOG_LEVEL: "silent",
    BENCH_ROUTES: "1",
    SEED_DEMO: "1", // the bench signs in as a demo user, on PostgreSQL too
    ...(database.kind === "pglite"
      ? { PGLITE_DIR: database.dir, DATABASE_URL: "" }
      : { DATABASE_URL: database.url }),
    ...extraEnv,
  };
  // the flags of `pnpm start` (apps/server/package.json), so that the bench measures the server as run
  const flags = [
    ...SERVER_NODE_FLAGS,
    ...(traceGc ? ["--trace-gc"] : []),
    ...(liveHeapProbe ? ["--expose-gc", "--import", "./bench/live-heap-probe.ts"] : []),
  ];
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", ...flags, entry], {
    cwd: path.resolve(import.meta.dirname, ".."),
    env,
    stdio: ["ignore", output === "stderr" || traceGc || liveHeapProbe ? "pipe" : "ignore", "inherit"],
  });
  // its log lines (JSON) and GC trace, not the start-up banner
  const logLines: string[] = [];
  const heapSamples: HeapSample[] = [];
  const liveHeapSamples: LiveHeapSample[] = [];
  if (child.stdout) {
    createInterface({ input: child.stdout }).on("line", (line) => {
      const gc = traceGc ? GC_TRACE_LINE.exec(line) : null;
      if (gc) heapSamples.push({ at: Date.now(), beforeMb: Number(gc[1]), afterMb: Number(gc[2]) });
      const live = LIVE_HEAP_LINE.exec(line);
      if (live) liveHeapSamples.push({ at: Date.now(), heapMb: mb(live[1]!), arrayBuffersMb: mb(live[2]!) });
      if (!line.startsWith("{")) return;
      logLines.push(line);
      if (output === "stderr") console.error(line);
    });
  }
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`bench server exited with ${child.exitCode}`);
    const healthy = await fetch(`${url}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (healthy) break;
    if (Date.now() > deadline) throw new Error("bench server did not become healthy in 120 s");
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    url,
    pid: child.pid!,
    logLines,
    heapSamples,
    liveHeapSamples,
    exit: () =>
      child.signalCode !== null
        ? `killed by ${child.signalCode}`
        : child.exitCode !== null
          ? `exited with ${child.exitCode}`
          : null,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

export interface LoadResult {
  requestsPerSecond: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  non2xx: number;
  errors: number;
}

/** Signs in as a demo user (admin unless told) and makes an API token, so that load runs signed in. */
export async function benchToken(url: string, username = "admin"): Promise<string> {
  const login = await fetch(`${url}/trpc/auth.login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username, password: "govshare-demo" }),
  });
  if (!login.ok) throw new Error(`bench sign-in failed: ${login.status}`);
  const cookie = login.headers.getSetCookie()[0]!.split(";")[0]!;
  const created = await fetch(`${url}/trpc/tokens.create`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie },
    body: JSON.stringify({ name: "bench" }),
  });
  const body = (await created.json()) as { result: { data: { secret: string } } };
  return body.result.data.secret;
}

/** autocannon against one URL; a short warm-up first so that JIT and caches do not skew the run. */
export async function load(
  url: string,
  options: { connections: number; seconds: number; headers?: Record<string, string> },
): Promise<LoadResult> {
  const run = (duration: number) =>
    autocannon({ url, connections: options.connections, duration, headers: options.headers });
  await run(1);
  const result = await run(options.seconds);
  // a fast stream of errors is no result: refuse it rather than report it
  if (result.non2xx > 0 || result.errors > 0) {
    throw new Error(`${url}: ${result.non2xx} non-2xx answers and ${result.errors} errors under load`);
  }
  return {
    requestsPerSecond: Math.round(result.requests.average),
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}
