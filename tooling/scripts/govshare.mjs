#!/usr/bin/env node
// The README's commands. Runs on a fresh machine with only Node and npm: it fetches the pinned pnpm
// through npx when none is installed, installs with the lockfile, then does the work through turbo.
//   start  install, build, serve (the server creates/migrates/seeds the embedded database itself)
//   test   install, lint, typecheck, unit + integration (PGlite and PostgreSQL), build, Playwright
//   dev    Vite dev server with API proxy + server restarting on change
//   bench  the benchmarks (not part of test)
import { spawn, spawnSync } from "node:child_process";
import path from "node:path";
import { removeReports, summarizeTests } from "./test-summary.mjs";

const PNPM_VERSION = "10.34.9";
const root = path.resolve(import.meta.dirname, "../..");
const command = process.argv[2];

function pnpmCommand() {
  const probe = spawnSync("pnpm", ["--version"], { encoding: "utf8" });
  if (probe.status === 0 && probe.stdout.trim() === PNPM_VERSION) return ["pnpm"];
  return ["npx", "-y", `pnpm@${PNPM_VERSION}`];
}
const pnpm = pnpmCommand();

function run(args, options = {}) {
  const [bin, ...rest] = [...pnpm, ...args];
  console.log(`\n$ pnpm ${args.join(" ")}`);
  const result = spawnSync(bin, rest, { cwd: root, stdio: "inherit", ...options });
  return result.status ?? 1;
}
function runOrExit(args, options) {
  const status = run(args, options);
  if (status !== 0) process.exit(status);
}

/** Runs a long-lived child in the foreground and passes Ctrl-C / SIGTERM on to it. */
function foreground(args, env = process.env) {
  const [bin, ...rest] = [...pnpm, ...args];
  const child = spawn(bin, rest, { cwd: root, stdio: "inherit", env });
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
  child.on("exit", (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
}

const env = {
  ...process.env,
  CHECKPOINT_DISABLE: "1",
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
  TURBO_TELEMETRY_DISABLED: "1",
};
process.env.CHECKPOINT_DISABLE = "1";

switch (command) {
  case "start": {
    runOrExit(["install", "--frozen-lockfile"]);
    runOrExit(["turbo", "run", "build", "--output-logs=errors-only"], { env });
    foreground(["--filter", "@govshare/server", "run", "start"], env);
    break;
  }
  case "test": {
    runOrExit(["install", "--frozen-lockfile"]);
    const steps = [
      [
        "turbo",
        "run",
        "lint",
        "typecheck",
        "test",
        "build",
        "--output-logs=new-only",
        "--concurrency=3",
        "--continue",
      ],
      ["exec", "prettier", "--check", "."],
      ["--filter", "@govshare/console", "exec", "playwright", "test"],
    ];
    removeReports(root);
    const failedSteps = steps.filter((step) => run(step, { env }) !== 0).map((step) => step.join(" "));
    const ok = summarizeTests(root);
    // the test counts above can all pass while lint, types or formatting failed: say which step did
    for (const step of failedSteps) console.log(`FAILED: pnpm ${step}`);
    process.exit(failedSteps.length === 0 && ok ? 0 : 1);
    break;
  }
  case "dev": {
    runOrExit(["install", "--frozen-lockfile"]);
    foreground(["turbo", "run", "dev", "--filter=@govshare/server", "--filter=@govshare/console"], {
      ...env,
      NODE_ENV: "development",
    });
    break;
  }
  case "bench": {
    runOrExit(["install", "--frozen-lockfile"]);
    runOrExit(["turbo", "run", "build", "--output-logs=errors-only"], { env });
    runOrExit(["--filter", "@govshare/server", "run", "bench"], { env });
    break;
  }
  default:
    console.error("usage: node tooling/scripts/govshare.mjs start|test|dev|bench");
    process.exit(2);
}
