import { createAuditRepository } from "@govshare/db";
import { createTestDatabase, makeDepartment, type TestDatabase } from "@govshare/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContext } from "../context.ts";
import { signedInUser } from "../testing.ts";
import { inAuditedTransaction } from "./record.ts";

// The audit chain has a benchmark-only off switch (CreateContextOptions.auditChain, used by
// apps/server/bench/server-without-audit-chain.ts). These tests pin that it is on unless code says so.
let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database?.destroy());

const eventCount = () => database.prisma.auditEvent.count();

describe("audit chain switch", () => {
  it("is on in a context made without the option", async () => {
    const ctx = await createContext({ database, requestId: "switch-default" });
    expect(ctx.auditChain).toBe(true);
    const before = await eventCount();
    await inAuditedTransaction(ctx, (_tx, recordAudit) =>
      recordAudit({ action: "test.switch", subjectType: "test", subjectId: "default" }),
    );
    expect(await eventCount()).toBe(before + 1);
    const [last] = (
      await createAuditRepository(database.prisma).findPage({ skip: 0, take: 1, direction: "desc" })
    ).items;
    expect(last).toMatchObject({ action: "test.switch", subjectId: "default", requestId: "switch-default" });
    expect((await createAuditRepository(database.prisma).verifyChain()).ok).toBe(true);
  });

  it("records a real procedure's event through a default caller", async () => {
    const officer = await signedInUser(database, ["officer"]);
    const before = await database.prisma.auditEvent.count({ where: { action: "token.create" } });
    const { token } = await (await officer.caller()).tokens.create({ name: "switch test" });
    const events = await database.prisma.auditEvent.findMany({ where: { action: "token.create" } });
    expect(events).toHaveLength(before + 1);
    expect(events.map((event) => event.subjectId)).toContain(token.id);
  });

  it("auditChain: false (benchmark only) commits the change and writes no event", async () => {
    const department = await makeDepartment(database, { name: "审计开关测试局" });
    const ctx = await createContext({ database, requestId: "switch-off", auditChain: false });
    expect(ctx.auditChain).toBe(false);
    const before = await eventCount();
    await inAuditedTransaction(ctx, async (tx, recordAudit) => {
      await tx.department.update({ where: { id: department.id }, data: { name: "审计开关测试局（改）" } });
      await recordAudit({ action: "test.switch", subjectType: "department", subjectId: department.id });
    });
    expect(await eventCount()).toBe(before);
    const changed = await database.prisma.department.findUniqueOrThrow({ where: { id: department.id } });
    expect(changed.name).toBe("审计开关测试局（改）");
    expect((await createAuditRepository(database.prisma).verifyChain()).ok).toBe(true);
  });
});
