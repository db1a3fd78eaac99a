import { createTestDatabase, makeDepartment, type TestDatabase } from "@govshare/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedOfficialCalendar } from "../calendar/service.ts";
import { callerWith, signedInUser } from "../testing.ts";

let database: TestDatabase;
let now = new Date("2026-11-23T02:00:00Z"); // Mon 23 Nov 2026
const clock = { now: () => now };
const tokens: Record<string, string> = {};
const userIds: Record<string, string> = {};
const as = (who: string) => callerWith(database, { bearerToken: tokens[who] }, clock);
let addressedId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  await seedOfficialCalendar(database);
  addressedId = (await makeDepartment(database, { name: "区工商质监局（测试）" })).id;
  for (const [who, roles, departmentId] of [
    ["supervisor", ["supervisor"], undefined],
    ["officer", ["officer"], addressedId],
    ["colleague", ["officer"], addressedId],
    ["outsider", ["officer"], undefined],
    ["centre", ["centre"], undefined],
  ] as const) {
    const user = await signedInUser(database, [...roles], { departmentId, ...clock });
    userIds[who] = user.user.id;
    tokens[who] = (await (await user.caller()).tokens.create({ name: "notice tests" })).secret;
  }
});
afterAll(() => database?.destroy());

const notice = (overrides: Record<string, unknown> = {}) => ({
  departmentId: addressedId,
  subjectType: "work_task" as const,
  subjectLabel: "12. 完善并联审批机制",
  text: "请说明企业登记并联审批机制的进展",
  replyDueDate: "2026-11-25",
  ...overrides,
});

describe("supervision notices (督办)", () => {
  it("goes from the supervisor to the department's officers, who reply; the supervisor closes it", async () => {
    const sent = await (await as("supervisor")).notices.create(notice());
    expect(sent).toMatchObject({
      state: "open",
      department: { id: addressedId },
      replyDueDate: "2026-11-25",
      workingDaysLeft: 2,
      overdue: false,
      reply: null,
    });
    // both officers of the department are told, nobody else
    const notified = await database.prisma.notification.findMany({
      where: { subjectId: sent.id },
      select: { userId: true, kind: true, link: true, params: true },
    });
    expect(notified.map((row) => row.userId).sort()).toEqual([userIds.officer, userIds.colleague].sort());
    expect(notified[0]).toMatchObject({
      kind: "notice_received",
      link: `/notices/${sent.id}`,
      params: { title: "12. 完善并联审批机制" },
    });

    const officer = await as("officer");
    expect((await officer.notices.list({ page: 1, pageSize: 10 })).items.map((item) => item.id)).toEqual([
      sent.id,
    ]);
    expect((await (await as("outsider")).notices.list({ page: 1, pageSize: 10 })).total).toBe(0);

    now = new Date("2026-11-24T02:00:00Z");
    const replied = await officer.notices.reply({ id: sent.id, reply: "已完成流程梳理，下周报送方案" });
    expect(replied).toMatchObject({
      state: "replied",
      reply: "已完成流程梳理，下周报送方案",
      workingDaysLeft: null,
    });
    await expect(
      (await as("colleague")).notices.reply({ id: sent.id, reply: "再答一次" }),
    ).rejects.toMatchObject({ code: "CONFLICT" });

    const seen = await (await as("supervisor")).notices.get({ id: sent.id });
    expect(seen).toMatchObject({ state: "replied", reply: "已完成流程梳理，下周报送方案" });
    expect(seen.repliedByName).not.toBe("");
    const closed = await (await as("supervisor")).notices.close({ id: sent.id });
    expect(closed.state).toBe("closed");
    await expect((await as("supervisor")).notices.close({ id: sent.id })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    const events = await database.prisma.auditEvent.findMany({
      where: { subjectId: sent.id },
      select: { action: true },
      orderBy: { seq: "asc" },
    });
    expect(events.map((event) => event.action)).toEqual(["notice.create", "notice.reply", "notice.close"]);
    expect((await (await as("centre")).notices.list({ state: "closed", page: 1, pageSize: 10 })).total).toBe(
      1,
    );
  });

  it("is overdue once its reply date has passed unanswered", async () => {
    now = new Date("2026-11-23T02:00:00Z");
    const sent = await (await as("supervisor")).notices.create(notice({ replyDueDate: "2026-11-24" }));
    now = new Date("2026-11-26T02:00:00Z");
    expect(await (await as("officer")).notices.get({ id: sent.id })).toMatchObject({
      overdue: true,
      workingDaysLeft: -2,
    });
    now = new Date("2026-11-23T02:00:00Z");
  });

  it("refuses a reply date in the past or an unknown department, creating nothing", async () => {
    const before = await database.prisma.supervisionNotice.count();
    const supervisor = await as("supervisor");
    await expect(supervisor.notices.create(notice({ replyDueDate: "2026-11-20" }))).rejects.toMatchObject({
      code: "BAD_REQUEST",
      cause: { fieldErrors: { replyDueDate: [expect.any(String)] } },
    });
    await expect(
      supervisor.notices.create(notice({ departmentId: "01900000-0000-7000-8000-000000000000" })),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(supervisor.notices.create(notice({ text: "  " }))).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect((await as("centre")).notices.create(notice())).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await database.prisma.supervisionNotice.count()).toBe(before);
  });
});
