import { mkdtemp, writeFile } from "node:fs/promises";
import http from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { TEST_PASSWORD, testPasswordHashOnce } from "@govshare/api/testing";
import { createTestDatabase, makeUser, type TestDatabase } from "@govshare/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readEnv } from "./env.ts";
import { startServer, type RunningServer } from "./server.ts";

let database: TestDatabase;
let server: RunningServer;
let cookie: string;
beforeAll(async () => {
  database = await createTestDatabase();
  // a stand-in console build, so that static serving is tested without building the console first
  const consoleDir = await mkdtemp(path.join(tmpdir(), "console-"));
  await writeFile(path.join(consoleDir, "index.html"), "<!doctype html><title>govshare</title>");
  server = await startServer(
    readEnv({ PORT: "0", LOG_LEVEL: "silent", CONSOLE_DIR: consoleDir, BODY_LIMIT_BYTES: "4096" }),
    { database },
  );
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

const get = (pathAndQuery: string, init?: RequestInit) =>
  fetch(`${server.url}${pathAndQuery}`, {
    ...init,
    headers: { cookie, ...(init?.headers as Record<string, string>) },
  });
const listUrl = (input: unknown) =>
  `/trpc/departments.list?input=${encodeURIComponent(JSON.stringify(input))}`;

describe("HTTP host", () => {
  it("reports health with the database kind", async () => {
    const response = await get("/healthz");
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", database: process.env.TEST_DB });
  });

  it("answers bad input with 400, field errors in both languages, and no stack", async () => {
    const response = await get(listUrl({ page: 0, pageSize: "many" }));
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { message: string; data: Record<string, unknown> } };
    expect(body.error.data.fieldErrors).toMatchObject({ page: [expect.stringContaining("/")] });
    expect(Object.keys(body.error.data.fieldErrors as object).sort()).toEqual(["page", "pageSize"]);
    expect(body.error.message).toMatch(/输入有误.* \/ Invalid input/);
    expect(JSON.stringify(body)).not.toMatch(/stack|at \w+ \(/);
  });

  it("answers malformed JSON input with 400, not 500", async () => {
    const response = await get("/trpc/departments.list?input=%7Bnot-json");
    expect(response.status).toBe(400);
  });

  it("answers an unknown procedure with 404", async () => {
    expect((await get("/trpc/departments.nothing")).status).toBe(404);
    expect(
      (await get("/nothing-here", { method: "POST", headers: { "content-type": "application/json" } }))
        .status,
    ).toBe(404);
  });

  it("refuses an oversized body with 413", async () => {
    const response = await get("/trpc/departments.list", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ padding: "x".repeat(10_000) }),
    });
    expect(response.status).toBe(413);
  });

  it("sets an HttpOnly, SameSite session cookie at sign-in and clears it at sign-out", async () => {
    const me = await get("/trpc/auth.me");
    expect(((await me.json()) as { result: { data: { via: string } } }).result.data.via).toBe("session");
    const user = await makeUser(database, { passwordHash: await testPasswordHashOnce(), roles: ["officer"] });
    const login = await fetch(`${server.url}/trpc/auth.login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username: user.username, password: TEST_PASSWORD }),
    });
    const setCookie = login.headers.getSetCookie()[0]!;
    expect(setCookie).toMatch(
      /^govshare_session=[\w-]{43,}; Path=\/; HttpOnly; SameSite=Lax; Max-Age=43200$/,
    );
    const session = setCookie.split(";")[0]!;
    const logout = await fetch(`${server.url}/trpc/auth.logout`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie: session },
    });
    expect(logout.status).toBe(200);
    expect(logout.headers.getSetCookie()[0]).toMatch(/^govshare_session=; .*Max-Age=0$/);
    const after = await fetch(`${server.url}/trpc/departments.list`, { headers: { cookie: session } });
    expect(after.status).toBe(401);
  });

  it("answers anonymous calls to guarded procedures with 401", async () => {
    const response = await fetch(`${server.url}/trpc/departments.list`);
    expect(response.status).toBe(401);
    expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(
      /请先登录 \/ Sign in/,
    );
  });

  it("refuses a cross-origin form post to sign in with 403, and nothing happens", async () => {
    const before = await database.prisma.auditEvent.count();
    const response = await fetch(`${server.url}/trpc/auth.login`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", origin: "https://evil.example" },
      body: "username=admin&password=x",
    });
    expect(response.status).toBe(403);
    expect(await database.prisma.auditEvent.count()).toBe(before);
  });

  it("refuses cross-site form posts and foreign origins with 403, before tRPC", async () => {
    const form = await get("/trpc/departments.list", {
      method: "POST",
      headers: { "content-type": "multipart/form-data; boundary=x" },
      body: "--x--",
    });
    expect(form.status).toBe(403);
    const foreign = await get("/trpc/departments.list", {
      method: "POST",
      headers: { "content-type": "application/json", origin: "https://evil.example" },
      body: "{}",
    });
    expect(foreign.status).toBe(403);
    const sameOrigin = await get("/trpc/departments.list", {
      method: "POST",
      headers: { "content-type": "application/json", origin: server.url },
      body: "{}",
    });
    expect(sameOrigin.status).not.toBe(403);
  });

  it("answers 421 to a host name it does not serve (DNS rebinding), sign-in included", async () => {
    const before = await database.prisma.auditEvent.count();
    const { port } = new URL(server.url);
    const rebound = await rawRequest({
      port: Number(port),
      path: "/trpc/auth.login",
      method: "POST",
      headers: {
        host: `evil.example:${port}`,
        origin: `http://evil.example:${port}`,
        "content-type": "application/json",
      },
      body: JSON.stringify({ username: "admin", password: "govshare-demo" }),
    });
    expect(rebound.status).toBe(421);
    expect(rebound.body).toMatch(/ALLOWED_HOSTS/);
    expect(await database.prisma.auditEvent.count()).toBe(before);
    const local = await rawRequest({
      port: Number(port),
      path: "/",
      method: "GET",
      headers: { host: `localhost:${port}` },
    });
    expect(local.status).toBe(200);
  });

  it("sends security headers and serves the console with a fallback for client routes", async () => {
    const response = await get("/departments?page=2");
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("<title>govshare</title>");
    expect(response.headers.get("content-security-policy")).toContain("script-src 'self'");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("x-frame-options")).toBe("DENY");
    const api = await get(listUrl({}));
    expect(api.headers.get("content-security-policy")).toBeTruthy();
    expect(api.headers.get("x-request-id")).toMatch(/^[\w-]+$/);
  });

  it("reports 503 when the database is gone", async () => {
    const other = await createTestDatabase();
    const lonely = await startServer(readEnv({ PORT: "0", LOG_LEVEL: "silent" }), { database: other });
    expect((await fetch(`${lonely.url}/healthz`)).status).toBe(200);
    await other.destroy();
    const response = await fetch(`${lonely.url}/healthz`);
    await lonely.close();
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: "unavailable", database: process.env.TEST_DB });
    // it creates and migrates a database of its own, as other files do in beforeAll: a fresh PGlite
    // took 27 s of the 30 s default on a loaded two-core machine, so it gets a hook's time
  }, 120_000);
});

/** node:http rather than fetch, which will not send a Host header of the caller's choosing. */
function rawRequest(options: http.RequestOptions & { body?: string }) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const request = http.request({ host: "127.0.0.1", ...options }, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (body += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
    });
    request.on("error", reject);
    request.end(options.body);
  });
}
