import { TEST_PASSWORD, testPasswordHashOnce } from "@govshare/api/testing";
import { createTestDatabase, makeUser, type TestDatabase } from "@govshare/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readEnv } from "./env.ts";
import { startServer, type RunningServer } from "./server.ts";

// The audit chain's off switch is for `npm run bench` only (AppOptions.auditChain, passed by
// bench/server-without-audit-chain.ts). The server as `npm start` builds it audits every change, and
// neither the environment nor anything a request carries turns that off.
let database: TestDatabase;
let server: RunningServer;
let cookie: string;
beforeAll(async () => {
  database = await createTestDatabase();
  // names someone might try: readEnv knows none of them, so they reach nothing
  const env = readEnv({ PORT: "0", LOG_LEVEL: "silent", AUDIT_CHAIN: "0", GOVSHARE_AUDIT_CHAIN: "false" });
  server = await startServer(env, { database });
  const user = await makeUser(database, { passwordHash: await testPasswordHashOnce(), roles: ["officer"] });
  const login = await fetch(`${server.url}/trpc/auth.login`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: server.url },
    body: JSON.stringify({ username: user.username, password: TEST_PASSWORD }),
  });
  expect(login.status).toBe(200);
  cookie = login.headers.getSetCookie()[0]!.split(";")[0]!;
});
afterAll(async () => {
  await server?.close();
  await database?.destroy();
});

describe("audit chain on the server", () => {
  it("records a change made over HTTP, whatever the request says about auditing", async () => {
    const before = await database.prisma.auditEvent.count({ where: { action: "token.create" } });
    const response = await fetch(`${server.url}/trpc/tokens.create`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        origin: server.url,
        cookie,
        "x-audit-chain": "off",
      },
      body: JSON.stringify({ name: "audit default", auditChain: false }),
    });
    expect(response.status).toBe(200);
    const { result } = (await response.json()) as { result: { data: { token: { id: string } } } };
    const events = await database.prisma.auditEvent.findMany({ where: { action: "token.create" } });
    expect(events).toHaveLength(before + 1);
    expect(events.map((event) => event.subjectId)).toContain(result.data.token.id);
  });
});
