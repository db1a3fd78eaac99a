import { randomUUID } from "node:crypto";
import { createTestDatabase, makeDepartment, type TestDatabase } from "@govshare/db/testing";
import type { TRole } from "@govshare/validators";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedOfficialCalendar } from "../calendar/service.ts";
import { createContext } from "../context.ts";
import {
  callerWith,
  publishedResource as publish,
  resourceFormValues,
  tokenUser,
  type TokenUser,
} from "../testing.ts";
import { escalateOverdueRequests } from "./service.ts";

let database: TestDatabase;
let providerDepartmentId: string;
/** Callers by API token: the tests move the clock by weeks, past any session's idle timeout. */
type Party = TokenUser;
let provider: Party;
let requester: Party;
let centre: Party;

/** A clock the tests move: Tue 2 Feb 2016, just before the Spring Festival holidays. */
let now = new Date("2016-02-02T02:00:00Z");
const clock = { now: () => now };

beforeAll(async () => {
  database = await createTestDatabase();
  await seedOfficialCalendar(database);
  providerDepartmentId = (await makeDepartment(database, { name: "共享测试工商局" })).id;
  provider = await party(["officer"], providerDepartmentId);
  requester = await party(["officer"]);
  centre = await party(["centre"]);
});

async function party(roles: TRole[], departmentId?: string): Promise<Party> {
  return tokenUser(database, roles, { departmentId, ...clock });
}
afterAll(() => database?.destroy());

async function publishedResource(sharingType: "unconditional" | "conditional" | "none"): Promise<string> {
  return publish(
    provider,
    centre,
    resourceFormValues({
      providerDepartmentId,
      sharingType,
      dataItems: [
        { name: "统一社会信用代码", dataType: "string", length: 18 },
        { name: "企业名称", dataType: "string", length: 200 },
        { name: "法定代表人", dataType: "string", length: 50 },
      ],
    }),
  );
}

const request = (resourceId: string, items = ["统一社会信用代码", "企业名称"]) => ({
  resourceId,
  purpose: "企业开办联审",
  basis: "《优化营商环境条例》",
  method: "api" as const,
  items,
});
const key = () => `key-${randomUUID()}`;

describe("sharing requests", () => {
  it("grants an unconditional resource at once", async () => {
    const created = await (
      await requester.caller()
    ).sharing.create(request(await publishedResource("unconditional")));
    expect(created).toMatchObject({
      state: "granted",
      grantedItems: ["统一社会信用代码", "企业名称"],
      dueDate: null,
    });
    const grants = await (await requester.caller()).grants.list({ side: "using" });
    expect(grants.map((grant) => grant.id)).toContain(created.id);
  });

  it("conditional: provider narrows the items, the centre approves, only approved items are granted", async () => {
    const created = await (
      await requester.caller()
    ).sharing.create(request(await publishedResource("conditional")));
    // 10 working days from Tue 2 Feb 2016 across the Spring Festival and its 调休 weekend days
    expect(created).toMatchObject({ state: "awaiting_provider", dueDate: "2016-02-19", workingDaysLeft: 10 });
    await expect(
      (await requester.caller()).sharing.decide({
        id: created.id,
        decision: "approve",
        idempotencyKey: key(),
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      (await centre.caller()).sharing.decide({ id: created.id, decision: "approve", idempotencyKey: key() }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const provided = await (
      await provider.caller()
    ).sharing.decide({
      id: created.id,
      decision: "approve",
      items: ["企业名称"],
      idempotencyKey: key(),
    });
    expect(provided.state).toBe("awaiting_centre");
    // the provider's step is over: deciding again is a conflict, as for a loser of a race
    await expect(
      (await provider.caller()).sharing.decide({
        id: created.id,
        decision: "approve",
        idempotencyKey: key(),
      }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    const granted = await (
      await centre.caller()
    ).sharing.decide({ id: created.id, decision: "approve", idempotencyKey: key() });
    expect(granted).toMatchObject({ state: "granted", grantedItems: ["企业名称"] });
    const detail = await (await requester.caller()).sharing.get({ id: created.id });
    expect(detail.steps.map((step) => step.kind)).toEqual(["create", "provider_approve", "centre_approve"]);
  });

  it("a rejection needs a reason; the requester can withdraw only before a decision", async () => {
    const resourceId = await publishedResource("conditional");
    const first = await (await requester.caller()).sharing.create(request(resourceId));
    await expect(
      (await provider.caller()).sharing.decide({ id: first.id, decision: "reject", idempotencyKey: key() }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const rejected = await (
      await provider.caller()
    ).sharing.decide({ id: first.id, decision: "reject", reason: "用途不明确", idempotencyKey: key() });
    expect(rejected.state).toBe("rejected");
    await expect((await requester.caller()).sharing.withdraw({ id: first.id })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    const second = await (await requester.caller()).sharing.create(request(resourceId));
    expect((await (await requester.caller()).sharing.withdraw({ id: second.id })).state).toBe("withdrawn");
  });

  it("not shared: goes to the centre to coordinate", async () => {
    const created = await (await requester.caller()).sharing.create(request(await publishedResource("none")));
    expect(created.state).toBe("coordinating");
    const decided = await (
      await centre.caller()
    ).sharing.decide({
      id: created.id,
      decision: "reject",
      reason: "涉及统计调查对象",
      idempotencyKey: key(),
    });
    expect(decided.state).toBe("rejected");
  });

  it("refuses unknown items, own-department resources and unpublished ones", async () => {
    const resourceId = await publishedResource("conditional");
    await expect(
      (await requester.caller()).sharing.create(request(resourceId, ["不存在的字段"])),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect((await provider.caller()).sharing.create(request(resourceId))).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });

  it("revokes a grant with a reason; it leaves the grants list", async () => {
    const created = await (
      await requester.caller()
    ).sharing.create(request(await publishedResource("unconditional")));
    const revoked = await (
      await provider.caller()
    ).sharing.revoke({ id: created.id, reason: "数据口径调整" });
    expect(revoked.revokedAt).not.toBeNull();
    const grants = await (await requester.caller()).grants.list({ side: "using" });
    expect(grants.map((grant) => grant.id)).not.toContain(created.id);
  });

  it("answers a retried decision from the first, without deciding twice", async () => {
    const created = await (
      await requester.caller()
    ).sharing.create(request(await publishedResource("conditional")));
    const idempotencyKey = key();
    const first = await (
      await provider.caller()
    ).sharing.decide({ id: created.id, decision: "approve", idempotencyKey });
    const retry = await (
      await provider.caller()
    ).sharing.decide({ id: created.id, decision: "approve", idempotencyKey });
    expect(retry.state).toBe(first.state);
    const steps = (await (await provider.caller()).sharing.get({ id: created.id })).steps;
    expect(steps.filter((step) => step.kind === "provider_approve")).toHaveLength(1);
  });

  it("refuses an idempotency key already used for another request", async () => {
    const resourceId = await publishedResource("conditional");
    const first = await (await requester.caller()).sharing.create(request(resourceId));
    const second = await (await requester.caller()).sharing.create(request(resourceId));
    const idempotencyKey = key();
    await (await provider.caller()).sharing.decide({ id: first.id, decision: "approve", idempotencyKey });
    await expect(
      (await provider.caller()).sharing.decide({ id: second.id, decision: "approve", idempotencyKey }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await (await provider.caller()).sharing.get({ id: second.id })).state).toBe("awaiting_provider");
  });

  it("50 concurrent deciders: exactly one wins, the others get CONFLICT, one decision is audited", async () => {
    const created = await (
      await requester.caller()
    ).sharing.create(request(await publishedResource("conditional")));
    const deciders = await Promise.all(Array.from({ length: 50 }, () => provider.caller()));
    const outcomes = await Promise.allSettled(
      deciders.map((api, i) =>
        api.sharing.decide({
          id: created.id,
          decision: i % 2 ? "approve" : "reject",
          reason: "并发测试",
          idempotencyKey: key(),
        }),
      ),
    );
    const won = outcomes.filter((outcome) => outcome.status === "fulfilled");
    const lost = outcomes.filter((outcome) => outcome.status === "rejected") as PromiseRejectedResult[];
    expect(won).toHaveLength(1);
    expect(lost.every((outcome) => (outcome.reason as { code: string }).code === "CONFLICT")).toBe(true);
    const decisions = await database.prisma.auditEvent.count({
      where: {
        subjectId: created.id,
        action: { in: ["sharing.provider_approve", "sharing.provider_reject"] },
      },
    });
    expect(decisions).toBe(1);
    const supervisor = await party(["supervisor"]);
    expect((await (await supervisor.caller()).audit.verify()).ok).toBe(true);
  }, 60_000);

  it("warns 2 working days before the deadline, flags it overdue after, and escalates it to the centre once", async () => {
    const created = await (
      await requester.caller()
    ).sharing.create(request(await publishedResource("conditional")));
    expect(created.dueDate).toBe("2016-02-19");
    now = new Date("2016-02-17T02:00:00Z"); // Wed: Thu and Fri left
    const warned = await (await requester.caller()).sharing.get({ id: created.id });
    expect(warned).toMatchObject({ workingDaysLeft: 2, warning: true, overdue: false });
    now = new Date("2016-02-22T02:00:00Z"); // Mon after the due Friday
    const late = await (await requester.caller()).sharing.get({ id: created.id });
    expect(late).toMatchObject({ overdue: true, workingDaysLeft: -1 });
    const overdueBox = await (await centre.caller()).sharing.list({ box: "overdue" });
    expect(overdueBox.items.map((item) => item.id)).toContain(created.id);
    const system = await createContext({ database, requestId: "job", now: clock.now });
    expect(await escalateOverdueRequests(system)).toBeGreaterThanOrEqual(1);
    expect(await escalateOverdueRequests(system)).toBe(0);
    expect((await (await centre.caller()).sharing.get({ id: created.id })).escalated).toBe(true);
    const awaiting = await (await centre.caller()).sharing.list({ box: "awaiting" });
    expect(awaiting.items.map((item) => item.id)).toContain(created.id);
    // the centre settles an escalated request itself
    const settled = await (
      await centre.caller()
    ).sharing.decide({ id: created.id, decision: "approve", idempotencyKey: key() });
    expect(settled.state).toBe("granted");
    now = new Date("2016-02-02T02:00:00Z");
  });

  it("hides requests from departments that are neither side", async () => {
    const created = await (
      await requester.caller()
    ).sharing.create(request(await publishedResource("conditional")));
    const stranger = await (await party(["officer"])).caller();
    await expect(stranger.sharing.get({ id: created.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      stranger.sharing.decide({ id: created.id, decision: "approve", idempotencyKey: key() }),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect((await stranger.sharing.list({})).items.map((item) => item.id)).not.toContain(created.id);
    expect(await (await callerWith(database)).auth.me()).toBeNull();
  });
});
