import { createTestDatabase, type TestDatabase } from "@govshare/db/testing";
import { afterEach, describe, expect, it } from "vitest";
import { readEnv } from "./env.ts";
import { startServer, type RunningServer } from "./server.ts";

// Demo sign-ins with a published password must not appear where nobody asked for them.
let database: TestDatabase | undefined;
let server: RunningServer | undefined;
afterEach(async () => {
  await server?.close();
  await database?.destroy();
});

async function start(seedDemo?: "0" | "1") {
  database = await createTestDatabase();
  const env = readEnv({ PORT: "0", LOG_LEVEL: "silent", ...(seedDemo && { SEED_DEMO: seedDemo }) });
  server = await startServer(env, { database });
  return database.prisma.user.findUnique({ where: { username: "gongshang" } });
}

describe(`demo data at start-up (${process.env.TEST_DB})`, () => {
  it("is seeded on an embedded database unless SEED_DEMO=0, and on PostgreSQL only with SEED_DEMO=1", async () => {
    const demoOfficer = await start();
    const embedded = process.env.TEST_DB !== "postgresql";
    expect(demoOfficer !== null).toBe(embedded);
    expect(server!.demoUsers.length > 0).toBe(embedded);
  }, 60_000);

  it("is not seeded with SEED_DEMO=0, whatever the database", async () => {
    expect(await start("0")).toBeNull();
    expect(server!.demoUsers).toEqual([]);
  }, 60_000);

  it("is seeded with SEED_DEMO=1, whatever the database", async () => {
    expect(await start("1")).not.toBeNull();
    expect(server!.demoUsers.map((user) => user.username)).toContain("gongshang");
  }, 60_000);
});
