import { randomUUID } from "node:crypto";
import { createTestDatabase, makeDepartment, makeUser, type TestDatabase } from "@govshare/db/testing";
import type { TRole } from "@govshare/validators";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedOfficialCalendar } from "../calendar/service.ts";
import { createContext } from "../context.ts";
import { escalateOverdueRequests } from "../sharing/service.ts";
import {
  publishedResource as publish,
  resourceFormValues,
  testPasswordHashOnce,
  tokenUser,
  type TokenUser,
} from "../testing.ts";

let database: TestDatabase;
/** Callers by API token: one test moves the clock past any session's idle timeout. */
type Party = TokenUser;
let providerDepartmentId: string;
let provider: Party;
let providerColleague: Party;
let providerDisabledId: string;
let requester: Party;
let requesterColleague: Party;
let centre: Party;
let now = new Date("2016-03-01T02:00:00Z");
const clock = { now: () => now };

async function party(roles: TRole[], departmentId?: string): Promise<Party> {
  return tokenUser(database, roles, { departmentId, ...clock });
}

beforeAll(async () => {
  database = await createTestDatabase();
  await seedOfficialCalendar(database);
  providerDepartmentId = (await makeDepartment(database, { name: "通知测试提供方" })).id;
  const requesterDepartmentId = (await makeDepartment(database, { name: "通知测试申请方" })).id;
  provider = await party(["officer"], providerDepartmentId);
  providerColleague = await party(["officer"], providerDepartmentId);
  providerDisabledId = (
    await makeUser(database, {
      passwordHash: await testPasswordHashOnce(),
      roles: ["officer"],
      departmentId: providerDepartmentId,
      disabled: true,
    })
  ).id;
  requester = await party(["officer"], requesterDepartmentId);
  requesterColleague = await party(["officer"], requesterDepartmentId);
  centre = await party(["centre"]);
});
afterAll(() => database?.destroy());

async function publishedResource(sharingType: "unconditional" | "conditional" | "none"): Promise<string> {
  return publish(provider, centre, resourceFormValues({ providerDepartmentId, sharingType }));
}

const request = (resourceId: string) => ({
  resourceId,
  purpose: "企业开办联审",
  basis: "《优化营商环境条例》",
  method: "api" as const,
  items: ["统一社会信用代码", "企业名称"],
});
const key = () => `key-${randomUUID()}`;

/** The kinds of notification a party received about one subject, oldest first. */
async function kindsAbout(who: Party, subjectId: string): Promise<string[]> {
  const { items } = await (await who.caller()).notifications.list({ page: 1, pageSize: 200 });
  return items
    .filter((item) => item.subjectId === subjectId)
    .reverse()
    .map((item) => item.kind);
}

async function notificationRowsOf(userId: string): Promise<number> {
  return database.prisma.notification.count({ where: { userId } });
}

describe("notifications fan-out", () => {
  it("conditional: provider officers, then the requester and the centre, then both sides; never the actor", async () => {
    const created = await (
      await requester.caller()
    ).sharing.create(request(await publishedResource("conditional")));
    expect(await kindsAbout(provider, created.id)).toEqual(["sharing_requested"]);
    expect(await kindsAbout(providerColleague, created.id)).toEqual(["sharing_requested"]);
    expect(await kindsAbout(requester, created.id)).toEqual([]);
    expect(await kindsAbout(centre, created.id)).toEqual([]);
    expect(
      await database.prisma.notification.count({
        where: { userId: providerDisabledId, subjectId: created.id },
      }),
    ).toBe(0);

    await (
      await provider.caller()
    ).sharing.decide({ id: created.id, decision: "approve", items: ["企业名称"], idempotencyKey: key() });
    expect(await kindsAbout(requester, created.id)).toEqual(["sharing_provider_decided"]);
    expect(await kindsAbout(centre, created.id)).toEqual(["sharing_awaiting_centre"]);
    expect(await kindsAbout(provider, created.id)).toEqual(["sharing_requested"]);

    await (
      await centre.caller()
    ).sharing.decide({ id: created.id, decision: "approve", idempotencyKey: key() });
    expect(await kindsAbout(requester, created.id)).toEqual([
      "sharing_provider_decided",
      "sharing_centre_decided",
    ]);
    expect(await kindsAbout(providerColleague, created.id)).toEqual([
      "sharing_requested",
      "sharing_centre_decided",
    ]);
    expect(await kindsAbout(centre, created.id)).toEqual(["sharing_awaiting_centre"]);
    // the requester's colleague was not the requester: only the requesting user is told
    expect(await kindsAbout(requesterColleague, created.id)).toEqual([]);

    const { items } = await (await requester.caller()).notifications.list({ page: 1, pageSize: 5 });
    expect(items[0]).toMatchObject({
      kind: "sharing_centre_decided",
      link: `/sharing/${created.id}`,
      subjectType: "sharing_request",
      params: { decision: "approve", requesterDepartment: "通知测试申请方" },
      readAt: null,
    });
  });

  it("unconditional informs the provider; not shared goes to the centre", async () => {
    const granted = await (
      await requester.caller()
    ).sharing.create(request(await publishedResource("unconditional")));
    expect(await kindsAbout(provider, granted.id)).toEqual(["sharing_granted_directly"]);
    expect(await kindsAbout(centre, granted.id)).toEqual([]);
    const coordinated = await (
      await requester.caller()
    ).sharing.create(request(await publishedResource("none")));
    expect(await kindsAbout(centre, coordinated.id)).toEqual(["sharing_coordination"]);
    expect(await kindsAbout(provider, coordinated.id)).toEqual([]);
  });

  it("comment goes to the other side, withdraw to the provider, revoke to the requester", async () => {
    const resourceId = await publishedResource("conditional");
    const open = await (await requester.caller()).sharing.create(request(resourceId));
    await (await provider.caller()).sharing.comment({ id: open.id, text: "请补充依据" });
    expect(await kindsAbout(requester, open.id)).toEqual(["sharing_commented"]);
    expect(await kindsAbout(providerColleague, open.id)).toEqual(["sharing_requested"]);
    await (await requester.caller()).sharing.comment({ id: open.id, text: "已补充" });
    expect(await kindsAbout(provider, open.id)).toEqual(["sharing_requested", "sharing_commented"]);
    await (await requester.caller()).sharing.withdraw({ id: open.id });
    expect(await kindsAbout(providerColleague, open.id)).toEqual([
      "sharing_requested",
      "sharing_commented",
      "sharing_withdrawn",
    ]);

    const granted = await (
      await requester.caller()
    ).sharing.create(request(await publishedResource("unconditional")));
    await (await provider.caller()).sharing.revoke({ id: granted.id, reason: "数据停止更新" });
    expect(await kindsAbout(requester, granted.id)).toEqual(["sharing_revoked"]);
    expect(await kindsAbout(provider, granted.id)).toEqual(["sharing_granted_directly"]);
  });

  it("an overdue provider reply escalates to the centre with a notification from the system", async () => {
    const created = await (
      await requester.caller()
    ).sharing.create(request(await publishedResource("conditional")));
    now = new Date("2016-04-05T02:00:00Z"); // weeks past the 10 working days
    try {
      const system = await createContext({ database, requestId: "job", now: clock.now });
      expect(await escalateOverdueRequests(system)).toBeGreaterThanOrEqual(1);
      expect(await kindsAbout(centre, created.id)).toEqual(["sharing_escalated"]);
    } finally {
      now = new Date("2016-03-01T02:00:00Z");
    }
  });

  it("objections: filed to the provider's officers, answered to the reporter", async () => {
    const resourceId = await publishedResource("unconditional");
    const objection = await (
      await requester.caller()
    ).objections.create({ resourceId, items: ["企业名称"], description: "企业名称与营业执照不符" });
    expect(await kindsAbout(provider, objection.id)).toEqual(["objection_filed"]);
    expect(await kindsAbout(providerColleague, objection.id)).toEqual(["objection_filed"]);
    await (
      await provider.caller()
    ).objections.answer({ id: objection.id, outcome: "corrected", answer: "已更正" });
    expect(await kindsAbout(requester, objection.id)).toEqual(["objection_answered"]);
    expect(await kindsAbout(providerColleague, objection.id)).toEqual(["objection_filed"]);
  });

  it("a refused action notifies nobody", async () => {
    const created = await (
      await requester.caller()
    ).sharing.create(request(await publishedResource("conditional")));
    const parties = [provider, providerColleague, requester, requesterColleague, centre];
    const before = await Promise.all(parties.map((who) => notificationRowsOf(who.userId)));
    // the requester may not decide the provider's step; the centre not yet either
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
    // approving items that were not requested is refused after the state check, inside the transaction
    await expect(
      (await provider.caller()).sharing.decide({
        id: created.id,
        decision: "approve",
        items: ["法定代表人"],
        idempotencyKey: key(),
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect((await provider.caller()).sharing.withdraw({ id: created.id })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(
      (await provider.caller()).sharing.revoke({ id: created.id, reason: "不是授权" }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    const after = await Promise.all(parties.map((who) => notificationRowsOf(who.userId)));
    expect(after).toEqual(before);
  });
});

describe("notifications read state", () => {
  it("lists newest first with paging, counts unread, marks own ones read by id or all", async () => {
    const reader = await party(["officer"], providerDepartmentId);
    for (let i = 0; i < 3; i++) {
      await (await requester.caller()).sharing.create(request(await publishedResource("conditional")));
    }
    const caller = await reader.caller();
    expect(await caller.notifications.unreadCount()).toEqual({ unread: 3 });
    const firstPage = await caller.notifications.list({ page: 1, pageSize: 2 });
    expect(firstPage).toMatchObject({ total: 3, page: 1, pageSize: 2, unread: 3 });
    expect(firstPage.items).toHaveLength(2);
    const secondPage = await caller.notifications.list({ page: 2, pageSize: 2 });
    expect(secondPage.items).toHaveLength(1);
    expect(new Set([...firstPage.items, ...secondPage.items].map((item) => item.id)).size).toBe(3);

    const marked = await caller.notifications.markRead({ ids: [firstPage.items[0]!.id] });
    expect(marked).toEqual({ marked: 1, unread: 2 });
    // marking again changes nothing
    expect(await caller.notifications.markRead({ ids: [firstPage.items[0]!.id] })).toEqual({
      marked: 0,
      unread: 2,
    });
    const unreadOnly = await caller.notifications.list({ page: 1, pageSize: 20, unreadOnly: true });
    expect(unreadOnly.total).toBe(2);
    expect(unreadOnly.items.every((item) => item.readAt === null)).toBe(true);
    const all = await caller.notifications.list({ page: 1, pageSize: 20 });
    expect(all.items.find((item) => item.id === firstPage.items[0]!.id)?.readAt).toBe(now.toISOString());

    expect(await caller.notifications.markRead({ all: true })).toEqual({ marked: 2, unread: 0 });
    expect(await caller.notifications.unreadCount()).toEqual({ unread: 0 });
  });

  it("markRead needs ids or all (400, not 500)", async () => {
    const caller = await requester.caller();
    await expect(caller.notifications.markRead({})).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(caller.notifications.markRead({ ids: ["not-a-uuid"] })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });
});
