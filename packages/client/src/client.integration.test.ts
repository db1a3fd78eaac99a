import { resourceFormValues, signedInUser } from "@govshare/api/testing";
import { createTestDatabase, type TestDatabase } from "@govshare/db/testing";
import { readEnv, startServer, type RunningServer } from "@govshare/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGovshareClient, TRPCClientError } from "./index.ts";

// The real server on a free port, over real HTTP, called through the published client.
let database: TestDatabase;
let server: RunningServer;
let token: string;
let developerDepartmentId: string;
let developer: Awaited<ReturnType<typeof signedInUser>>;
beforeAll(async () => {
  database = await createTestDatabase();
  server = await startServer(readEnv({ PORT: "0", LOG_LEVEL: "silent", NODE_ENV: "test" }), { database });
  // a developer signs in and creates a personal token, as they would in the console
  developer = await signedInUser(database, ["officer"]);
  developerDepartmentId = developer.user.departmentId!;
  token = (await (await developer.caller()).tokens.create({ name: "integration" })).secret;
});
afterAll(async () => {
  await server?.close();
  await database?.destroy();
});

describe("@govshare/client", () => {
  it("calls auth.me with a token, and is anonymous without one", async () => {
    const client = createGovshareClient({ url: server.url, token });
    expect(await client.auth.me.query()).toMatchObject({ via: "token", roles: ["officer"] });
    expect(await createGovshareClient({ url: server.url }).auth.me.query()).toBeNull();
    const error = await createGovshareClient({ url: server.url })
      .departments.list.query({})
      .catch((e: unknown) => e);
    expect((error as TRPCClientError<never>).data).toMatchObject({ code: "UNAUTHORIZED", httpStatus: 401 });
  });

  it("lists the seeded departments with types from the router", async () => {
    const client = createGovshareClient({ url: server.url, token });
    const page = await client.departments.list.query({
      pageSize: 5,
      sort: { field: "code", direction: "asc" },
    });
    expect(page.total).toBeGreaterThanOrEqual(20);
    expect(page.items.map((d) => d.code)).toEqual([
      "410108",
      "410108-001",
      "410108-002",
      "410108-003",
      "410108-004",
    ]);
  });

  it("searches the catalogue with the issue's call: resources.list({ q, page, pageSize, sort })", async () => {
    const officer = await developer.caller();
    const named = await officer.resources.create(
      resourceFormValues({ providerDepartmentId: developerDepartmentId, name: "客户端检索企业名录" }),
    );
    const client = createGovshareClient({ url: server.url, token });
    const found = await client.resources.list.query({ q: "企业名录", page: 1, pageSize: 20, sort: "name" });
    expect(found).toMatchObject({ total: 1, page: 1, pageSize: 20 });
    expect(found.items.map((item) => item.id)).toEqual([named.id]);
    const none = await client.resources.list.query({ q: "名录企业", page: 1, pageSize: 20 });
    expect(none.total).toBe(0);
  });

  it("batches several calls into one request", async () => {
    const requests: string[] = [];
    const client = createGovshareClient({
      url: server.url,
      token,
      fetch: (input, init) => {
        requests.push(String(input));
        return fetch(input, init);
      },
    });
    const [first, second] = await Promise.all([
      client.departments.list.query({ page: 1, pageSize: 1 }),
      client.departments.list.query({ page: 2, pageSize: 1 }),
    ]);
    expect(requests).toHaveLength(1);
    expect(first.items[0]!.id).not.toBe(second.items[0]!.id);
  });

  it("surfaces bad input as a typed error with field errors", async () => {
    const client = createGovshareClient({ url: server.url, token });
    const error = await client.departments.list.query({ page: -1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TRPCClientError);
    const clientError = error as TRPCClientError<never>;
    expect(clientError.data).toMatchObject({ code: "BAD_REQUEST", httpStatus: 400 });
    expect(clientError.message).toContain("/");
  });
});
