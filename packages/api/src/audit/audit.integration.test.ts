import { createAuditRepository } from "@govshare/db";
import { createTestDatabase, type TestDatabase } from "@govshare/db/testing";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { callerWith, signedInUser } from "../testing.ts";

// A fresh database per test: tampering in one must not break the next.
let database: TestDatabase;
beforeEach(async () => {
  await database?.destroy();
  database = await createTestDatabase();
});
afterAll(() => database?.destroy());

describe("audit trail", () => {
  it("records sign-ins, failed sign-ins and changes with actor, subject, before/after and request id", async () => {
    const admin = await signedInUser(database, ["admin"]);
    const api = await admin.caller();
    await (
      await callerWith(database)
    ).auth
      .login({ username: "ghost", password: "wrong-password" })
      .catch(() => {});
    const created = await api.users.create({
      username: "caizheng01",
      displayName: "财政局数据管理员",
      departmentId: admin.user.departmentId,
      roles: ["officer"],
      password: "a-long-password",
    });
    await api.users.update({ id: created.id, displayName: "财政局数据员" });
    const { items } = await api.audit.list({ pageSize: 50 });
    const actions = items.map((event) => event.action);
    expect(actions).toEqual(
      expect.arrayContaining(["auth.login", "auth.login_failed", "user.create", "user.update"]),
    );
    const update = items.find((event) => event.action === "user.update")!;
    expect(update).toMatchObject({
      actorId: admin.user.id,
      actorLabel: admin.user.username,
      subjectType: "user",
      subjectId: created.id,
      requestId: "test",
      before: { displayName: "财政局数据管理员" },
      after: { displayName: "财政局数据员" },
    });
    expect(JSON.stringify(items)).not.toContain("a-long-password");
    const failed = items.find((event) => event.action === "auth.login_failed")!;
    expect(failed).toMatchObject({ actorId: null, actorLabel: "ghost" });
  });

  it("keeps one unbroken chain under concurrent changes", async () => {
    const api = await (await signedInUser(database, ["officer"])).caller();
    await Promise.all(Array.from({ length: 20 }, (_, i) => api.tokens.create({ name: `token ${i}` })));
    const supervisor = await (await signedInUser(database, ["supervisor"])).caller();
    const check = await supervisor.audit.verify();
    expect(check).toMatchObject({ ok: true, firstBadSeq: null });
    expect(check.checked).toBeGreaterThanOrEqual(22);
  });

  it("names the first event altered directly in the database", async () => {
    const api = await (await signedInUser(database, ["admin"])).caller();
    for (let i = 0; i < 5; i++) await api.tokens.create({ name: `t${i}` });
    expect((await api.audit.verify()).ok).toBe(true);
    await database.prisma
      .$executeRaw`UPDATE audit_event SET after = '{"name":"forged"}'::jsonb WHERE seq = 4`;
    expect(await api.audit.verify()).toMatchObject({
      ok: false,
      firstBadSeq: "4",
      problem: expect.stringContaining("altered"),
    });
  });

  it("names a missing event, and a chain cut short at its end", async () => {
    const api = await (await signedInUser(database, ["admin"])).caller();
    for (let i = 0; i < 5; i++) await api.tokens.create({ name: `t${i}` });
    const last = (
      await createAuditRepository(database.prisma).findPage({ skip: 0, take: 1, direction: "desc" })
    ).items[0]!;
    await database.prisma.$executeRaw`DELETE FROM audit_event WHERE seq = ${last.seq}`;
    expect(await api.audit.verify()).toMatchObject({ ok: false, firstBadSeq: String(last.seq) });
    await database.prisma.$executeRaw`DELETE FROM audit_event WHERE seq = 3`;
    expect(await api.audit.verify()).toMatchObject({
      ok: false,
      firstBadSeq: "3",
      problem: expect.stringContaining("missing"),
    });
  });
});
