import { randomUUID } from "node:crypto";
import { openDatabase } from "@govshare/db";
import { benchToken, startBenchServer, withBenchDatabases, type BenchDatabase } from "./harness.ts";

/**
 * Sharing decisions under load (issue #5): decisions per second with 20 concurrent clients and the audit
 * chain on, and the chain's cost as the ratio on ÷ off. Per database (a fresh PGlite, a fresh PostgreSQL):
 *
 * 1. Seed through the real API on a normal server (audit chain on): two extra requester officers (besides
 *    the demo `fagai`), one published CONDITIONAL resource of 区工商质监局 (`gongshang`'s department,
 *    submitted and approved by `centre`), and one request per requester (`sharing.create`, so
 *    awaiting_provider). With the server stopped, the bench copies those requests (rows and their
 *    "create" steps, new ids) until there is one pending request per decision to come.
 * 2. Runs in ABBA order (on, off, off, on, …) so that drift on a shared machine (load, table growth)
 *    falls on both sides alike. "on" is the server `npm start` runs (src/main.ts); "off" is
 *    bench/server-without-audit-chain.ts, the same server started with the benchmark-only code option
 *    `auditChain: false` (no audit event at all: the event row, the hash and the head row's lock). A
 *    change of mode restarts the server on the same database, followed by unmeasured warm-up decisions.
 * 3. A run: `clients` concurrent HTTP clients, each POSTing `sharing.decide` (tRPC, API token of the
 *    provider officer, a fresh idempotency key each) for the next undecided request until the run's share
 *    is done. Every answer must be 200 with state awaiting_centre, or the run is refused.
 * 4. Check: the audit log holds exactly one `sharing.provider_approve` event per decision made with the
 *    chain on and none for the others, and the chain verifies.
 */

export interface SharingBenchOptions {
  clients: number;
  /** measured decisions per mode (audit on, audit off), split over the rounds */
  decisions: number;
  /** ABBA rounds: rounds × 2 runs in all */
  rounds: number;
  /** unmeasured decisions after each server start */
  warmup: number;
}

export function sharingOptionsFromEnv(env = process.env): SharingBenchOptions {
  return {
    clients: Number(env.BENCH_SHARING_CLIENTS ?? 20),
    decisions: Number(env.BENCH_SHARING_DECISIONS ?? 2000),
    rounds: Number(env.BENCH_SHARING_ROUNDS ?? 2),
    warmup: Number(env.BENCH_SHARING_WARMUP ?? 100),
  };
}

type Mode = "on" | "off";
const ENTRY: Record<Mode, string> = { on: "src/main.ts", off: "bench/server-without-audit-chain.ts" };

const log = (message: string) => console.error(`[sharing] ${message}`);
const round1 = (value: number) => Math.round(value * 10) / 10;

/** Nearest-rank percentile of durations in ms. */
function percentile(durations: number[], p: number): number {
  const sorted = [...durations].sort((a, b) => a - b);
  return round1(sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? NaN);
}

/** One tRPC call over HTTP (no transformer: plain JSON). Queries GET, mutations POST. */
async function trpc<T>(
  url: string,
  token: string,
  procedure: string,
  input: unknown,
  method: "GET" | "POST" = "POST",
): Promise<T> {
  const headers = { authorization: `Bearer ${token}`, "content-type": "application/json" };
  const response =
    method === "GET"
      ? await fetch(
          `${url}/trpc/${procedure}${input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify(input))}`}`,
          { headers },
        )
      : await fetch(`${url}/trpc/${procedure}`, { method, headers, body: JSON.stringify(input) });
  const text = await response.text();
  if (!response.ok) throw new Error(`${procedure}: HTTP ${response.status} ${text.slice(0, 500)}`);
  return (JSON.parse(text) as { result: { data: T } }).result.data;
}

/** Runs `work` over `count` indexes with at most `concurrency` in flight. */
async function pooled(count: number, concurrency: number, work: (index: number) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, count) }, async () => {
      for (let index = next++; index < count; index = next++) await work(index);
    }),
  );
}

interface Tokens {
  provider: string;
  admin: string;
  requesters: string[];
}

const ITEMS = ["统一社会信用代码", "企业名称", "法定代表人"];

/**
 * The parties and the conditional resource, through the API; then one pending request per requester,
 * also through the API (`sharing.create`), to serve as templates.
 */
async function seedThroughApi(url: string): Promise<{ tokens: Tokens; templates: string[] }> {
  const admin = await benchToken(url, "admin");
  const provider = await benchToken(url, "gongshang");
  const centre = await benchToken(url, "centre");
  const departments = await trpc<{ items: { id: string; code: string }[] }>(
    url,
    admin,
    "departments.list",
    { page: 1, pageSize: 200 },
    "GET",
  );
  const providerDepartment = departments.items.find((department) => department.code === "410108-011");
  if (!providerDepartment) throw new Error("the demo department 410108-011 (区工商质监局) is missing");
  // two more requesting departments besides 发改 (fagai): neither the provider, the centre nor 发改
  const taken = new Set(["410108-006", "410108-009", "410108-010", "410108-011"]);
  const others = departments.items.filter((department) => !taken.has(department.code)).slice(0, 2);
  const requesters = [await benchToken(url, "fagai")];
  for (const [index, department] of others.entries()) {
    const username = `bench-requester-${index + 1}`;
    await trpc(url, admin, "users.create", {
      username,
      displayName: `压测申请人${index + 1}`,
      departmentId: department.id,
      roles: ["officer"],
      password: "govshare-demo", // benchToken signs in with the demo password
    });
    requesters.push(await benchToken(url, username));
  }

  const resource = await trpc<{ id: string }>(url, provider, "resources.create", {
    classification: "1-02-001",
    name: "压测用市场主体登记信息",
    providerDepartmentId: providerDepartment.id,
    format: "database",
    dataItems: ITEMS.map((name) => ({ name, dataType: "string", length: 200 })),
    sharingType: "conditional",
    sharingCondition: "需说明用途",
    sharingBasis: null,
    sharingMethods: ["api"],
    openAttribute: "closed",
    updateCycle: "daily",
    formationDate: "2016-01-10",
  });
  await trpc(url, provider, "resources.submit", { id: resource.id });
  await trpc(url, centre, "resources.review", { id: resource.id, decision: "approve" });

  const templates: string[] = [];
  for (const requester of requesters) {
    const created = await trpc<{ id: string; state: string }>(url, requester, "sharing.create", {
      resourceId: resource.id,
      purpose: "压测申请",
      basis: "《优化营商环境条例》",
      method: "api",
      items: ITEMS.slice(0, 2),
    });
    if (created.state !== "awaiting_provider") throw new Error(`request filed as ${created.state}`);
    templates.push(created.id);
  }
  return { tokens: { provider, admin, requesters }, templates };
}

/**
 * `count` pending requests, copies of the templates (each with its "create" step), inserted in the bench
 * process with the server stopped (PGlite has one process). Filing thousands through `sharing.create`
 * would take minutes on PGlite on a busy machine and measures nothing this bench is about; the copies
 * are the rows the service wrote, with new ids. Returns their ids, the requesters taking turns.
 */
async function cloneRequests(database: BenchDatabase, templates: string[], count: number): Promise<string[]> {
  const opened = await openDatabase(
    database.kind === "pglite"
      ? { kind: "pglite", dataDir: database.dir }
      : { kind: "postgresql", url: database.url },
  );
  try {
    const perTemplate = Math.ceil(count / templates.length);
    const copies: string[][] = [];
    for (const template of templates) {
      const rows = await opened.prisma.$queryRawUnsafe<{ id: string }[]>(
        `WITH copies AS (
           INSERT INTO sharing_request (id, resource_id, requester_department_id, requester_user_id,
             provider_department_id, sharing_type, purpose, basis, method, requested_items, granted_items,
             use_until, state, due_date, row_version, created_at, updated_at)
           SELECT gen_random_uuid(), resource_id, requester_department_id, requester_user_id,
             provider_department_id, sharing_type, purpose || ' ' || n, basis, method, requested_items,
             granted_items, use_until, state, due_date, 0, created_at, updated_at
           FROM sharing_request, generate_series(1, $2::int) AS n
           WHERE id = $1::uuid
           RETURNING id, requester_user_id, purpose, requested_items, created_at)
         INSERT INTO sharing_step (id, request_id, kind, actor_id, actor_label, text, items, at)
         SELECT gen_random_uuid(), copies.id, 'create', copies.requester_user_id, step.actor_label,
           copies.purpose, copies.requested_items, copies.created_at
         FROM copies, sharing_step AS step
         WHERE step.request_id = $1::uuid AND step.kind = 'create'
         RETURNING request_id::text AS id`,
        template,
        perTemplate,
      );
      if (rows.length !== perTemplate) throw new Error(`copied ${rows.length} of ${perTemplate} requests`);
      copies.push(rows.map((row) => row.id));
    }
    return Array.from(
      { length: count },
      (_, index) => copies[index % templates.length]![Math.floor(index / templates.length)]!,
    );
  } finally {
    await opened.close();
  }
}

interface RunResult {
  mode: Mode;
  decisions: number;
  seconds: number;
  decisionsPerSecond: number;
  p50Ms: number;
  p95Ms: number;
}

/** `clients` concurrent provider approvals of distinct requests; refuses the run on any failed decision. */
async function decide(url: string, token: string, ids: string[], clients: number) {
  const headers = { authorization: `Bearer ${token}`, "content-type": "application/json" };
  const latencies: number[] = [];
  const failures: string[] = [];
  const started = performance.now();
  await pooled(ids.length, clients, async (index) => {
    const sent = performance.now();
    const response = await fetch(`${url}/trpc/sharing.decide`, {
      method: "POST",
      headers,
      body: JSON.stringify({ id: ids[index], decision: "approve", idempotencyKey: randomUUID() }),
    });
    const text = await response.text();
    latencies.push(performance.now() - sent);
    const state = response.ok
      ? (JSON.parse(text) as { result: { data: { state: string } } }).result.data.state
      : null;
    if (state !== "awaiting_centre") failures.push(`HTTP ${response.status} ${text.slice(0, 300)}`);
  });
  const seconds = (performance.now() - started) / 1000;
  if (failures.length) {
    throw new Error(`${failures.length} of ${ids.length} decisions failed; first: ${failures[0]}`);
  }
  return { seconds, latencies };
}

export interface SharingModeSummary {
  decisions: number;
  seconds: number;
  decisionsPerSecond: number;
  p50Ms: number;
  p95Ms: number;
}

export interface SharingDatabaseResult {
  auditOn: SharingModeSummary;
  auditOff: SharingModeSummary;
  /** decisions/s with the chain ÷ without it: 1 = free, 0.5 = halves the throughput */
  costRatio: number;
  runs: RunResult[];
  auditCheck: { providerApproveEvents: number; expected: number; chainOk: boolean; checked: number };
}

function summarize(runs: RunResult[], latencies: number[]): SharingModeSummary {
  const decisions = runs.reduce((sum, run) => sum + run.decisions, 0);
  const seconds = runs.reduce((sum, run) => sum + run.seconds, 0);
  return {
    decisions,
    seconds: round1(seconds),
    decisionsPerSecond: round1(decisions / seconds),
    p50Ms: percentile(latencies, 0.5),
    p95Ms: percentile(latencies, 0.95),
  };
}

async function benchOn(
  database: BenchDatabase,
  options: SharingBenchOptions,
): Promise<SharingDatabaseResult> {
  const perRun = Math.ceil(options.decisions / options.rounds);
  // ABBA: on off | off on | on off …
  const order: Mode[] = Array.from({ length: options.rounds }, (_, round) =>
    round % 2 === 0 ? (["on", "off"] as const) : (["off", "on"] as const),
  ).flat();
  const starts = order.filter((mode, index) => index === 0 || order[index - 1] !== mode).length;
  const total = order.length * perRun + starts * options.warmup;

  let server = await startBenchServer(database, { entry: ENTRY.on });
  const { tokens, templates } = await seedThroughApi(server.url).finally(() => server.stop());
  const seeding = performance.now();
  const ids = await cloneRequests(database, templates, total);
  log(`${database.kind}: ${total} pending requests in ${round1((performance.now() - seeding) / 1000)} s`);

  let mode: Mode = "on";
  server = await startBenchServer(database, { entry: ENTRY.on });
  try {
    let taken = 0;
    const take = (count: number) => ids.slice(taken, (taken += count));
    const runs: RunResult[] = [];
    const latencies: Record<Mode, number[]> = { on: [], off: [] };
    let expectedEvents = 0;
    for (const [index, wanted] of order.entries()) {
      if (index === 0 || wanted !== mode) {
        if (index > 0) {
          await server.stop();
          server = await startBenchServer(database, { entry: ENTRY[wanted] });
          mode = wanted;
        }
        await decide(server.url, tokens.provider, take(options.warmup), options.clients);
        if (mode === "on") expectedEvents += options.warmup;
      }
      const { seconds, latencies: measured } = await decide(
        server.url,
        tokens.provider,
        take(perRun),
        options.clients,
      );
      const exit = server.exit();
      if (exit) throw new Error(`the bench server was ${exit} during the run`);
      if (mode === "on") expectedEvents += perRun;
      latencies[mode].push(...measured);
      const run: RunResult = {
        mode,
        decisions: perRun,
        seconds, // rounded only in the result: the summaries add them up
        decisionsPerSecond: round1(perRun / seconds),
        p50Ms: percentile(measured, 0.5),
        p95Ms: percentile(measured, 0.95),
      };
      runs.push(run);
      log(
        `${database.kind} run ${index + 1}/${order.length} audit ${mode}: ${run.decisionsPerSecond} decisions/s, p50 ${run.p50Ms} ms, p95 ${run.p95Ms} ms`,
      );
    }

    const events = await trpc<{ total: number }>(
      server.url,
      tokens.admin,
      "audit.list",
      { page: 1, pageSize: 1, filters: { action: "sharing.provider_approve" } },
      "GET",
    );
    const chain = await trpc<{ ok: boolean; checked: number }>(
      server.url,
      tokens.admin,
      "audit.verify",
      undefined,
      "GET",
    );
    const auditCheck = {
      providerApproveEvents: events.total,
      expected: expectedEvents,
      chainOk: chain.ok,
      checked: chain.checked,
    };
    if (events.total !== expectedEvents || !chain.ok) {
      throw new Error(`audit check failed: ${JSON.stringify(auditCheck)}`);
    }

    const secondsOf = (wanted: Mode) =>
      runs.filter((run) => run.mode === wanted).reduce((sum, run) => sum + run.seconds, 0);
    const [onSeconds, offSeconds] = [secondsOf("on"), secondsOf("off")];
    const auditOn = summarize(
      runs.filter((run) => run.mode === "on"),
      latencies.on,
    );
    const auditOff = summarize(
      runs.filter((run) => run.mode === "off"),
      latencies.off,
    );
    return {
      auditOn,
      auditOff,
      // from the unrounded rates: at a few decisions per second, rounding would move the ratio
      costRatio: Math.round((auditOn.decisions / onSeconds / (auditOff.decisions / offSeconds)) * 100) / 100,
      runs: runs.map((run) => ({ ...run, seconds: round1(run.seconds) })),
      auditCheck,
    };
  } finally {
    await server.stop();
  }
}

/** One line per database, in the form the issue asks for. */
export function sharingTable(
  results: Partial<Record<BenchDatabase["kind"], SharingDatabaseResult>>,
): string[] {
  return Object.entries(results).map(
    ([kind, result]) =>
      `sharing.decide  ${kind.padEnd(10)}  audit on  ${result.auditOn.decisionsPerSecond} decisions/s` +
      ` p50 ${result.auditOn.p50Ms} ms p95 ${result.auditOn.p95Ms} ms` +
      ` | off ${result.auditOff.decisionsPerSecond}/s p50 ${result.auditOff.p50Ms} ms p95 ${result.auditOff.p95Ms} ms` +
      ` | cost ${result.costRatio}×`,
  );
}

export async function benchSharingDecisions(options: SharingBenchOptions) {
  const results = await withBenchDatabases((database) => benchOn(database, options));
  const table = sharingTable(results);
  for (const line of table) console.error(line);
  return { options, ...results, table };
}
