import { randomUUID } from "node:crypto";
import {
  createTargetRepository,
  migrateDatabase,
  openDatabase,
  seedDatabase,
  type Database,
} from "@govshare/db";
import { benchToken, startBenchServer, withBenchDatabases, type BenchDatabase } from "./harness.ts";
import { insertResources } from "./seed-catalogue.ts";
import { createCatalogueGenerator, type Provider } from "./synthetic-catalogue.ts";

/**
 * The dashboard at scale (issue #6 goal: ≤ 100 ms on PostgreSQL at 500 departments × 500k resources).
 * Per database:
 * 1. Seed: reference data (departments, work plan, the six targets), then departments up to N (bureaus
 *    made here: the seed has ~20), then a synthetic catalogue spread over all of them (formation dates
 *    2012–2016, so about a tenth falls in the sharing-rate target's period), then VACUUM ANALYZE.
 * 2. SQL: the repository's sharing-rate aggregation alone (one GROUP BY provider_id over the index
 *    information_resource(formation_date, provider_id, status, sharing_type)), plus its EXPLAIN ANALYZE.
 * 3. HTTP: dashboard.summary on the real server (its own process), one request at a time, signed in as
 *    the centre with an API token: the aggregation, the five reported targets, the snapshots, JSON.
 */
export interface DashboardBenchOptions {
  departments: number;
  resources: number;
  databases: BenchDatabase["kind"][];
  /** measured rounds, after a few warm-up rounds */
  rounds: number;
}

export function dashboardOptionsFromEnv(env = process.env): DashboardBenchOptions {
  return {
    departments: Number(env.BENCH_DASHBOARD_DEPARTMENTS ?? 500),
    resources: Number(env.BENCH_DASHBOARD_RESOURCES ?? 500_000),
    databases: (env.BENCH_DASHBOARD_DATABASES ?? "pglite,postgresql")
      .split(",")
      .map((kind) => kind.trim()) as BenchDatabase["kind"][],
    rounds: Number(env.BENCH_DASHBOARD_ROUNDS ?? 30),
  };
}

const log = (message: string) => console.error(`[dashboard] ${message}`);
const round1 = (value: number) => Math.round(value * 10) / 10;
const WARM_UP_ROUNDS = 3;
const SEED_BATCH = 2000;
/** the seeded sharing-rate target's period */
const PERIOD = { start: "2016-01-01", end: "2016-06-30" };

interface Percentiles {
  p50Ms: number;
  p95Ms: number;
  samples: number;
}

function percentiles(durations: number[]): Percentiles {
  const sorted = [...durations].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? NaN;
  return { p50Ms: round1(at(0.5)), p95Ms: round1(at(0.95)), samples: sorted.length };
}

async function measure(rounds: number, work: () => Promise<unknown>): Promise<Percentiles> {
  for (let round = 0; round < WARM_UP_ROUNDS; round++) await work();
  const durations: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const started = performance.now();
    await work();
    durations.push(performance.now() - started);
  }
  return percentiles(durations);
}

async function openBenchDatabase(database: BenchDatabase): Promise<Database> {
  const opened = await openDatabase(
    database.kind === "pglite"
      ? { kind: "pglite", dataDir: database.dir }
      : { kind: "postgresql", url: database.url },
  );
  await migrateDatabase(opened);
  await seedDatabase(opened, { demo: false }); // the server adds the demo users
  return opened;
}

/** Bureaus under the district until there are `total` departments besides it. */
async function ensureDepartments(database: Database, total: number): Promise<Provider[]> {
  const district = await database.prisma.department.findUniqueOrThrow({ where: { code: "410108" } });
  const existing = await database.prisma.department.count({ where: { NOT: { id: district.id } } });
  const missing = Math.max(0, total - existing);
  await database.prisma.department.createMany({
    data: Array.from({ length: missing }, (_, index) => ({
      id: randomUUID(),
      code: `BENCH-${String(index + 1).padStart(4, "0")}`,
      name: `压测部门${String(index + 1).padStart(4, "0")}`,
      kind: "bureau" as const,
      parentId: district.id,
      sortOrder: 1000 + index,
    })),
  });
  return database.prisma.department.findMany({
    where: { NOT: { id: district.id } },
    select: { id: true, code: true, name: true },
  });
}

async function seedCatalogue(database: Database, providers: Provider[], total: number): Promise<void> {
  const generator = createCatalogueGenerator(providers);
  let lastReport = performance.now();
  for (let count = 0; count < total;) {
    const batch = Array.from({ length: Math.min(SEED_BATCH, total - count) }, () => generator.next());
    await insertResources(database, batch);
    count += batch.length;
    if (performance.now() - lastReport > 15_000) {
      log(`  … ${count} resources`);
      lastReport = performance.now();
    }
  }
}

/** The aggregation's plan, as PostgreSQL runs it: which index, how many rows, how long. */
async function explain(database: Database): Promise<string[]> {
  const rows = await database.prisma.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(
    `EXPLAIN (ANALYZE, BUFFERS)
     SELECT r.provider_id,
            count(*) FILTER (WHERE r.status = 'published' AND r.sharing_type IN ('unconditional', 'conditional'))::int,
            count(*)::int
     FROM information_resource r
     WHERE r.formation_date BETWEEN '${PERIOD.start}'::date AND '${PERIOD.end}'::date
       AND r.status IN ('draft', 'submitted', 'published')
     GROUP BY r.provider_id`,
  );
  return rows.map((row) => row["QUERY PLAN"]);
}

export async function benchDashboard(options: DashboardBenchOptions) {
  log(
    `${options.departments} departments × ${options.resources} resources on ${options.databases.join(", ")}`,
  );
  return withBenchDatabases(async (database) => {
    if (!options.databases.includes(database.kind)) return null;
    const opened = await openBenchDatabase(database);
    let sql: { aggregation: Percentiles; departmentsWithFigures: number; inPeriod: number; plan: string[] };
    try {
      const seedStarted = performance.now();
      const providers = await ensureDepartments(opened, options.departments);
      await seedCatalogue(opened, providers, options.resources);
      await opened.prisma.$executeRawUnsafe("VACUUM ANALYZE");
      log(`${database.kind}: seeded in ${Math.round((performance.now() - seedStarted) / 1000)} s`);
      const targets = createTargetRepository(opened.prisma);
      const counts = await targets.sharingRateByProvider(PERIOD.start, PERIOD.end);
      sql = {
        aggregation: await measure(options.rounds, () =>
          targets.sharingRateByProvider(PERIOD.start, PERIOD.end),
        ),
        departmentsWithFigures: counts.length,
        inPeriod: counts.reduce((sum, row) => sum + row.denominator, 0),
        plan: await explain(opened),
      };
      log(`${database.kind}: SQL p50 ${sql.aggregation.p50Ms} ms, p95 ${sql.aggregation.p95Ms} ms`);
    } finally {
      await opened.close(); // PGlite: one process at a time on its folder
    }
    const server = await startBenchServer(database, { env: { MIGRATE_ON_START: "true" } });
    try {
      const token = await benchToken(server.url, "centre");
      const url = `${server.url}/trpc/dashboard.summary`;
      const headers = { authorization: `Bearer ${token}` };
      const http = await measure(options.rounds, async () => {
        const response = await fetch(url, { headers });
        if (!response.ok) throw new Error(`dashboard.summary: ${response.status} ${await response.text()}`);
        await response.arrayBuffer();
      });
      log(`${database.kind}: HTTP p50 ${http.p50Ms} ms, p95 ${http.p95Ms} ms`);
      return { sql, http: { dashboardSummary: http }, goalMs: 100 };
    } finally {
      await server.stop();
    }
  });
}

// BENCH_ONLY=dashboard runs it through run.ts with the others' JSON summary; this file also runs alone
if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await benchDashboard(dashboardOptionsFromEnv()), null, 2));
}
