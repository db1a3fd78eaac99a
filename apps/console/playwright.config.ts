import { defineConfig } from "@playwright/test";
import { e2eDataDir } from "./e2e/support/server-data-dir.ts";

/**
 * End-to-end tests of the built console against the real server (apps/server serves apps/console/dist
 * and /trpc on one origin, as in production). Build the console first: `pnpm --filter
 * @govshare/console build`. With E2E_BASE_URL set, the tests run against that server instead.
 */
const externalBaseUrl = process.env.E2E_BASE_URL;
// E2E_PORT lets two runs (two engineers on one machine) start their own servers side by side
const port = process.env.E2E_PORT ?? "3210";

export default defineConfig({
  testDir: "e2e",
  forbidOnly: !!process.env.CI,
  // one retry: a test that fails twice fails; one that passes only on its retry is listed as flaky, with
  // its first failure, at the end of `npm test` (tooling/scripts/test-summary.mjs)
  retries: 1,
  workers: 1,
  // on a 2-core machine the browser, the server and the runner share the cores: a page's first load
  // (bundle, sign-in check, its chunk, its query) has taken 6–7 s, over the default 5 s expect timeout
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [["list"], ["json", { outputFile: "test-results/playwright.json" }]],
  outputDir: "test-results/playwright",
  globalSetup: "./e2e/global-setup.ts",
  use: {
    baseURL: externalBaseUrl ?? `http://127.0.0.1:${port}`,
    trace: "retain-on-failure",
    locale: "zh-CN",
    viewport: { width: 1280, height: 900 },
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [{ name: "chromium", use: { browserName: "chromium" } }],
  webServer: externalBaseUrl
    ? undefined
    : {
        // from the server's folder: `--import tsx` resolves tsx from the working directory, and tsx is
        // the server's dependency, not the console's
        command: "node --import tsx src/main.ts",
        cwd: "../server",
        env: {
          PORT: port,
          HOST: "127.0.0.1",
          // a new embedded database each run, created, migrated and seeded by the server on start;
          // e2e/global-setup.ts removes those of earlier runs
          PGLITE_DIR: e2eDataDir(),
          LOG_LEVEL: "warn",
        },
        url: `http://127.0.0.1:${port}/healthz`,
        timeout: 120_000,
        reuseExistingServer: false,
        // SIGTERM lets the server close its database cleanly
        gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
        stdout: "ignore",
        stderr: "pipe",
      },
});
