// One vitest setup for every package: test kind by file suffix (CONVENTIONS.md rule 8).
//   *.test.ts              unit, no database
//   *.integration.test.ts  real database: once on embedded PGlite, once on PostgreSQL
// PostgreSQL comes from TEST_POSTGRES_URL (default: the local server). Each test file creates and drops
// its own database there. When no server answers, the PostgreSQL run is left out and says so loudly.
import pg from "pg";
import { defineConfig } from "vitest/config";

const postgresUrl = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

async function postgresReachable() {
  if (process.env.GOVSHARE_SKIP_POSTGRES === "1") return false;
  const client = new pg.Client({ connectionString: postgresUrl, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

let warned = false;
export async function govshareVitestConfig({ hasIntegration = true } = {}) {
  const unit = {
    extends: true,
    test: { name: "unit", include: ["src/**/*.test.ts", "*.test.ts"], exclude: ["**/*.integration.test.ts"] },
  };
  const projects = [unit];
  if (hasIntegration) {
    const integration = (name, env) => ({
      extends: true,
      test: { name, include: ["src/**/*.integration.test.ts", "*.integration.test.ts"], env },
    });
    projects.push(integration("pglite", { TEST_DB: "pglite" }));
    if (await postgresReachable()) {
      projects.push(integration("postgres", { TEST_DB: "postgresql", TEST_POSTGRES_URL: postgresUrl }));
    } else if (!warned) {
      warned = true;
      console.warn(
        `\n${"!".repeat(78)}\n!! PostgreSQL is not reachable at ${postgresUrl}:\n!! integration tests run on PGlite ONLY.\n${"!".repeat(78)}\n`,
      );
    }
  }
  return defineConfig({
    test: {
      projects,
      testTimeout: 30_000,
      hookTimeout: 120_000,
      reporters: ["default", ["json", { outputFile: "test-results/vitest.json" }]],
    },
  });
}
