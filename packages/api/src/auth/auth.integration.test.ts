import { createSessionRepository } from "@govshare/db";
import { createTestDatabase, makeUser, type TestDatabase } from "@govshare/db/testing";
import { DEFAULT_LOCKOUT_SETTINGS, DEFAULT_SESSION_SETTINGS } from "@govshare/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContext } from "../context.ts";
import { appRouter } from "../root.ts";
import { callerWith, cookieJar, signedInUser, TEST_PASSWORD, testPasswordHashOnce } from "../testing.ts";
import { createCallerFactory } from "../trpc.ts";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database?.destroy());

/** A clock the test moves by hand. */
function fakeClock(start = new Date("2026-03-02T01:00:00Z")) {
  let now = start.getTime();
  return { now: () => new Date(now), advance: (ms: number) => void (now += ms) };
}

async function login(username: string, password: string, sessionToken?: string, now?: () => Date) {
  const { jar, sessionCookie } = cookieJar();
  const caller = createCallerFactory(appRouter)(
    await createContext({ database, requestId: "test", credentials: { sessionToken }, sessionCookie, now }),
  );
  const me = await caller.auth.login({ username, password });
  return { me, token: jar.token };
}

describe("sign-in and sessions", () => {
  it("signs in, tells who is signed in, and signs out", async () => {
    const user = await makeUser(database, { passwordHash: await testPasswordHashOnce(), roles: ["officer"] });
    const { me, token } = await login(user.username.toUpperCase(), TEST_PASSWORD);
    expect(me).toMatchObject({ id: user.id, username: user.username, roles: ["officer"], via: "session" });
    expect(token!.length).toBeGreaterThanOrEqual(43); // 256 bits in base64url
    const signedIn = await callerWith(database, { sessionToken: token });
    expect(await signedIn.auth.me()).toMatchObject({ id: user.id, department: { id: user.departmentId } });
    await signedIn.auth.logout();
    expect(await (await callerWith(database, { sessionToken: token })).auth.me()).toBeNull();
    expect(await (await callerWith(database)).auth.me()).toBeNull();
  });

  it("gives a new session id at every sign-in and ends the one the browser had", async () => {
    const user = await makeUser(database, { passwordHash: await testPasswordHashOnce(), roles: ["officer"] });
    const first = await login(user.username, TEST_PASSWORD);
    const second = await login(user.username, TEST_PASSWORD, first.token);
    expect(second.token).not.toBe(first.token);
    expect(await (await callerWith(database, { sessionToken: first.token })).auth.me()).toBeNull();
    expect(await (await callerWith(database, { sessionToken: second.token })).auth.me()).not.toBeNull();
  });

  it("ends a session after 30 idle minutes, and after 12 hours however active", async () => {
    const clock = fakeClock();
    const { sessionToken } = await signedInUser(database, ["officer"], { now: clock.now });
    const me = async () => (await callerWith(database, { sessionToken }, { now: clock.now })).auth.me();
    const step = 25 * 60_000; // used every 25 minutes: never idle
    const steps = Math.floor(DEFAULT_SESSION_SETTINGS.absoluteTimeoutMs / step);
    for (let i = 0; i < steps; i++) {
      clock.advance(step);
      expect(await me()).not.toBeNull();
    }
    clock.advance(step); // now past 12 hours since sign-in
    expect(await me()).toBeNull();

    const idle = await signedInUser(database, ["officer"], { now: clock.now });
    clock.advance(29 * 60_000);
    expect(
      await (await callerWith(database, { sessionToken: idle.sessionToken }, { now: clock.now })).auth.me(),
    ).not.toBeNull();
    clock.advance(DEFAULT_SESSION_SETTINGS.idleTimeoutMs);
    expect(
      await (await callerWith(database, { sessionToken: idle.sessionToken }, { now: clock.now })).auth.me(),
    ).toBeNull();
  });

  it("ends every session of a user who is disabled, and refuses their sign-in", async () => {
    const admin = await (await signedInUser(database, ["admin"])).caller();
    const target = await signedInUser(database, ["officer"]);
    const secondSession = await login(target.user.username, TEST_PASSWORD);
    await admin.users.update({ id: target.user.id, disabled: true });
    for (const token of [target.sessionToken, secondSession.token]) {
      expect(await (await callerWith(database, { sessionToken: token })).auth.me()).toBeNull();
    }
    await expect(login(target.user.username, TEST_PASSWORD)).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    const open = await database.prisma.session.count({ where: { userId: target.user.id, endedAt: null } });
    expect(open).toBe(0);
  });

  it("lets an admin end a user's sessions", async () => {
    const admin = await (await signedInUser(database, ["admin"])).caller();
    const target = await signedInUser(database, ["officer"]);
    expect(await admin.users.endSessions({ id: target.user.id })).toEqual({ ended: 1 });
    expect(await (await callerWith(database, { sessionToken: target.sessionToken })).auth.me()).toBeNull();
    expect(await createSessionRepository(database.prisma).endAllForUser(target.user.id, new Date())).toBe(0);
  });

  it("does not let the centre end an administrator's sessions (only administrators change their accounts)", async () => {
    const centre = await (await signedInUser(database, ["centre"])).caller();
    const target = await signedInUser(database, ["admin"]);
    await expect(centre.users.endSessions({ id: target.user.id })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(
      await (await callerWith(database, { sessionToken: target.sessionToken })).auth.me(),
    ).not.toBeNull();
  });
});

describe("login throttling", () => {
  it("locks a name after 10 failures in 15 minutes, with the same answer whether it exists or not", async () => {
    const clock = fakeClock();
    const user = await makeUser(database, { passwordHash: await testPasswordHashOnce(), roles: ["officer"] });
    const attempt = (username: string, password: string) => login(username, password, undefined, clock.now);
    const failure = (promise: Promise<unknown>) =>
      promise.then(
        () => new Error("signed in"),
        (e: Error) => e,
      );
    const unknownError = await failure(attempt("nobody-here", "wrong-password"));
    const wrongError = await failure(attempt(user.username, "wrong-password"));
    expect(wrongError.message).toBe(unknownError.message);
    for (let i = 2; i <= DEFAULT_LOCKOUT_SETTINGS.maxFailures; i++) {
      clock.advance(60_000);
      await expect(attempt(user.username, "wrong-password")).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    }
    // locked now: even the right password is refused, with a clear message
    await expect(attempt(user.username, TEST_PASSWORD)).rejects.toMatchObject({
      code: "TOO_MANY_REQUESTS",
      message: expect.stringContaining("15"),
    });
    clock.advance(DEFAULT_LOCKOUT_SETTINGS.lockMs);
    await expect(attempt(user.username, TEST_PASSWORD)).resolves.toMatchObject({ me: { id: user.id } });
  });
});

describe("login throttling under concurrency", () => {
  it("counts failures sent at the same time one by one, so parallel guessing still locks", async () => {
    const user = await makeUser(database, { passwordHash: await testPasswordHashOnce(), roles: ["officer"] });
    await Promise.allSettled(Array.from({ length: 12 }, () => login(user.username, "wrong-password")));
    await expect(login(user.username, TEST_PASSWORD)).rejects.toMatchObject({ code: "TOO_MANY_REQUESTS" });
  });
});

describe("API tokens", () => {
  it("creates a token shown once, which works as a bearer token until revoked", async () => {
    const developer = await signedInUser(database, ["officer"]);
    const api = await developer.caller();
    const { token, secret } = await api.tokens.create({ name: "数据同步脚本" });
    expect(secret.startsWith("gs_")).toBe(true);
    expect(JSON.stringify(await api.tokens.list())).not.toContain(secret);
    const stored = await database.prisma.apiToken.findUniqueOrThrow({ where: { id: token.id } });
    expect(stored.tokenHash).not.toBe(secret);

    const viaToken = await callerWith(database, { bearerToken: secret });
    expect(await viaToken.auth.me()).toMatchObject({ id: developer.user.id, via: "token" });
    expect((await viaToken.departments.list({})).total).toBeGreaterThan(0);

    await api.tokens.revoke({ id: token.id });
    const revoked = await callerWith(database, { bearerToken: secret });
    expect(await revoked.auth.me()).toBeNull();
    await expect(revoked.departments.list({})).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("stops a token at the end of its lifetime, and keeps one without a lifetime until revoked", async () => {
    const clock = fakeClock();
    const developer = await signedInUser(database, ["officer"], { now: clock.now });
    const api = await developer.caller();
    const limited = await api.tokens.create({ name: "季度报送", expiresInDays: 90 });
    expect(limited.token.expiresAt).toBe(new Date(clock.now().getTime() + 90 * 86_400_000).toISOString());
    const lasting = await api.tokens.create({ name: "长期同步" });
    expect(lasting.token.expiresAt).toBeNull();
    const me = (secret: string) =>
      callerWith(database, { bearerToken: secret }, { now: clock.now }).then((c) => c.auth.me());

    clock.advance(90 * 86_400_000 - 1000);
    expect(await me(limited.secret)).toMatchObject({ id: developer.user.id, via: "token" });
    clock.advance(1000);
    expect(await me(limited.secret)).toBeNull();
    expect(await me(lasting.secret)).toMatchObject({ id: developer.user.id });
    const created = await database.prisma.auditEvent.findFirst({
      where: { action: "token.create", subjectId: limited.token.id },
    });
    expect(created?.after).toMatchObject({ expiresAt: limited.token.expiresAt });
  });

  it("refuses a lifetime that is not a whole number of days from 1 to 3650, creating nothing", async () => {
    const developer = await signedInUser(database, ["officer"]);
    const api = await developer.caller();
    for (const expiresInDays of [0, 1.5, 3651]) {
      await expect(api.tokens.create({ name: "坏有效期", expiresInDays })).rejects.toMatchObject({
        code: "BAD_REQUEST",
        message: expect.stringMatching(/有效期.* \/ .*lifetime/),
      });
    }
    expect(await database.prisma.apiToken.count({ where: { userId: developer.user.id } })).toBe(0);
  });

  it("does not let a token mint tokens, so revoking a leaked token ends the access it gave", async () => {
    const developer = await signedInUser(database, ["officer"]);
    const { secret } = await (await developer.caller()).tokens.create({ name: "CI" });
    const viaToken = await callerWith(database, { bearerToken: secret });
    await expect(viaToken.tokens.create({ name: "another" })).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: expect.stringMatching(/令牌.* \/ .*token/i),
    });
    expect(await database.prisma.apiToken.count({ where: { userId: developer.user.id } })).toBe(1);
  });
});
