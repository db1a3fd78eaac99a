import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import { DEFAULT_AUTH_SETTINGS } from "@govshare/api";
import { signedInUser } from "@govshare/api/testing";
import { createTestDatabase, makeDepartment, type TestDatabase } from "@govshare/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hostPolicyOf } from "./allowed-hosts.ts";
import { createApp } from "../app.ts";
import { createLogger } from "../logger.ts";

// The fast GET path must be indistinguishable from tRPC's own adapter: same status, headers that
// clients read, and JSON, for successes, errors and batches.
let database: TestDatabase;
let fast: Server;
let official: Server;
let cookie: string;

async function listen(fastQueries: boolean): Promise<Server> {
  const app = createApp({
    database,
    logger: createLogger("silent"),
    bodyLimitBytes: 1 << 20,
    authSettings: DEFAULT_AUTH_SETTINGS,
    cookieSecure: false,
    consoleDir: "/nonexistent",
    extraOrigins: [],
    hostPolicy: hostPolicyOf("127.0.0.1", []),
    benchRoutes: false,
    fastQueries,
  });
  await new Promise<void>((resolve) => app.listen(0, "127.0.0.1", resolve));
  return app;
}
const urlOf = (server: Server) => `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

beforeAll(async () => {
  database = await createTestDatabase();
  const town = await makeDepartment(database, { kind: "town" });
  await makeDepartment(database, { kind: "village", parentId: town.id });
  cookie = `govshare_session=${(await signedInUser(database, ["officer"])).sessionToken}`;
  fast = await listen(true);
  official = await listen(false);
});
afterAll(async () => {
  await Promise.all([fast, official].map((s) => new Promise((resolve) => s?.close(resolve))));
  await database?.destroy();
});

const q = (input: unknown) => encodeURIComponent(JSON.stringify(input));
// [name, path, whether the fast path serves it (it sets content-length; tRPC's adapter streams)]
const cases: [string, string, boolean][] = [
  [
    "query with input",
    `/trpc/departments.list?input=${q({ page: 1, pageSize: 2, sort: { field: "name", direction: "desc" } })}`,
    true,
  ],
  ["query without input", "/trpc/departments.list", true],
  ["query with bad input", `/trpc/departments.list?input=${q({ page: 0, pageSize: 9999 })}`, true],
  [
    "batch",
    `/trpc/departments.list,departments.list?batch=1&input=${q({ 0: { page: 1 }, 1: { page: 2, pageSize: 1 } })}`,
    true,
  ],
  [
    "batch, one call bad",
    `/trpc/departments.list,departments.list?batch=1&input=${q({ 0: { page: 1 }, 1: { page: -3 } })}`,
    true,
  ],
  ["batch without input", "/trpc/departments.list,departments.list?batch=1", true],
  ["unknown procedure", "/trpc/departments.unknown", false],
  ["unparsable input", "/trpc/departments.list?input=%7Bnope", false],
  ["signed-in user", "/trpc/auth.me", true],
  ["anonymous call to a guarded procedure", "/trpc/departments.list?anonymous", true],
];

describe("fast GET query path", () => {
  it.each(cases)("answers like tRPC's adapter: %s", async (_name, path, servedFast) => {
    const headers: Record<string, string> = path.endsWith("?anonymous") ? {} : { cookie };
    const [a, b] = await Promise.all([
      fetch(urlOf(fast) + path, { headers }),
      fetch(urlOf(official) + path, { headers }),
    ]);
    expect(a.headers.has("content-length")).toBe(servedFast);
    expect(b.headers.has("content-length")).toBe(false);
    expect(a.status).toBe(b.status);
    expect(a.headers.get("content-type")).toBe(b.headers.get("content-type"));
    expect(a.headers.get("vary")).toBe(b.headers.get("vary"));
    expect(await a.json()).toEqual(await b.json());
  });
});
