import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createTestDatabase, type TestDatabase } from "@govshare/db/testing";
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from "vitest";

// The real entry point as `npm start` runs it: starts, serves, and on SIGTERM finishes and exits 0.
let database: TestDatabase | undefined;
let dataDir: string;
beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), "govshare-main-"));
  if (process.env.TEST_DB === "postgresql") database = await createTestDatabase();
});
afterAll(async () => {
  await database?.destroy();
  await rm(dataDir, { recursive: true, force: true });
});

describe("main.ts", () => {
  it("serves /healthz, then shuts down cleanly on SIGTERM", async () => {
    const port = 20000 + Math.floor(Math.random() * 20000);
    const env = {
      ...process.env,
      PORT: String(port),
      LOG_LEVEL: "info",
      PGLITE_DIR: path.join(dataDir, "pglite"),
      DATABASE_URL: database?.config.kind === "postgresql" ? database.config.url : "",
    };
    const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
      cwd: path.resolve(import.meta.dirname, ".."),
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    // a failed expectation must not leave the server running, writing into the folder afterAll removes
    onTestFinished(async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill("SIGKILL");
      await exited;
    });

    let health: unknown;
    // ready = answering /healthz and having printed its address (main.ts prints once startServer returns)
    const ready = () => health !== undefined && output.includes(`govshare: http://127.0.0.1:${port}`);
    // a new embedded database is created, migrated and seeded first: 31 s on a two-core machine
    // running other test files, more under load
    for (let i = 0; i < 480 && !ready(); i++) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      health = await fetch(`http://127.0.0.1:${port}/healthz`).then(
        (r) => r.json(),
        () => undefined,
      );
    }
    expect(health, output).toEqual({ status: "ok", database: process.env.TEST_DB });
    expect(output).toContain(`govshare: http://127.0.0.1:${port}`);
    if (process.env.TEST_DB === "pglite") expect(output).toMatch(/demo sign-ins[\s\S]*gongshang/);
    else expect(output).not.toContain("demo sign-ins");

    child.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect(output).toContain("shutting down");
  }, 150_000);
});
