import { randomUUID } from "node:crypto";
import { seedDatabase } from "@govshare/db";
import { createTestDatabase, makeDepartment, type TestDatabase } from "@govshare/db/testing";
import type { TResourceFormValues } from "@govshare/validators";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedOfficialCalendar } from "../calendar/service.ts";
import { callerWith, signedInUser } from "../testing.ts";

let database: TestDatabase;
// Tue 28 June 2016, 10:00 in Zhengzhou: two working days before the plan's June deadlines
let now = new Date("2016-06-28T02:00:00Z");
const clock = { now: () => now };
const tokens: Record<string, string> = {};
const as = (who: "provider" | "requester" | "centre" | "supervisor") =>
  callerWith(database, { bearerToken: tokens[who] }, clock);
let providerDepartmentId: string;
let gongshangId: string;
const ids = { review: "", sharing: "", objection: "", notice: "", report: "" };

async function resource(sharingType: "unconditional" | "conditional", publish: boolean) {
  const input: TResourceFormValues = {
    classification: "1-02-001",
    name: `监察测试资源${randomUUID().slice(0, 6)}`,
    providerDepartmentId,
    format: "database",
    dataItems: [
      { name: "统一社会信用代码", dataType: "string", length: 18 },
      { name: "企业名称", dataType: "string", length: 200 },
    ],
    sharingType,
    sharingCondition: sharingType === "unconditional" ? null : "需说明用途",
    sharingBasis: null,
    sharingMethods: ["api"],
    openAttribute: "closed",
    updateCycle: "daily",
    formationDate: "2016-01-10",
  };
  const provider = await as("provider");
  const created = await provider.resources.create(input);
  await provider.resources.submit({ id: created.id });
  if (publish) await (await as("centre")).resources.review({ id: created.id, decision: "approve" });
  return created;
}

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDatabase(database, { demo: false });
  await seedOfficialCalendar(database);
  providerDepartmentId = (await makeDepartment(database)).id;
  gongshangId = (await database.prisma.department.findUniqueOrThrow({ where: { code: "410108-011" } })).id;
  for (const [who, roles, departmentId] of [
    ["provider", ["officer"], providerDepartmentId],
    ["requester", ["officer"], undefined],
    ["centre", ["centre"], undefined],
    ["supervisor", ["supervisor"], undefined],
  ] as const) {
    const user = await signedInUser(database, [...roles], { departmentId, ...clock });
    tokens[who] = (await (await user.caller()).tokens.create({ name: "supervision tests" })).secret;
  }
  // one item of every kind, all on Tue 28 June 2016
  ids.review = (await resource("unconditional", false)).id; // due 5 working days later: Tue 5 July
  const conditional = await resource("conditional", true);
  ids.sharing = (
    await (
      await as("requester")
    ).sharing.create({
      resourceId: conditional.id,
      purpose: "企业开办联审",
      basis: "《优化营商环境条例》",
      method: "api",
      items: ["企业名称"],
    })
  ).id;
  const published = await resource("unconditional", true);
  ids.objection = (
    await (
      await as("requester")
    ).objections.create({ resourceId: published.id, items: [], description: "名称有误" })
  ).id;
  ids.notice = (
    await (
      await as("supervisor")
    ).notices.create({
      departmentId: providerDepartmentId,
      subjectType: "general",
      subjectLabel: "目录编制进度",
      text: "请于 6 月 30 日前报送目录编制进度",
      replyDueDate: "2016-06-30",
    })
  ).id;
  // a target report waiting for the centre (targets are another module: rows made directly)
  const target = await database.prisma.target.create({
    data: {
      code: `board-test-${randomUUID().slice(0, 8)}`,
      name: "监察测试指标",
      definition: "测试",
      targetValue: 100,
      startDate: new Date("2016-01-01T00:00:00Z"),
      deadline: new Date("2016-12-31T00:00:00Z"),
      kind: "reported",
    },
  });
  const reporter = await database.prisma.user.findFirstOrThrow({
    where: { departmentId: providerDepartmentId },
  });
  ids.report = (
    await database.prisma.targetReport.create({
      data: {
        targetId: target.id,
        departmentId: providerDepartmentId,
        periodStart: new Date("2016-01-01T00:00:00Z"),
        periodEnd: new Date("2016-06-27T00:00:00Z"),
        numerator: 5,
        denominator: 10,
        state: "submitted",
        dueDate: new Date("2016-06-29T00:00:00Z"),
        reportedById: reporter.id,
        createdAt: now,
      },
    })
  ).id;
});
afterAll(() => database?.destroy());

const levels = (warning: number, overdue: number) => ({ warning, overdue });

describe("supervision board (电子监察)", () => {
  it("gathers every kind of item due, with working days left and its level", async () => {
    const supervisor = await as("supervisor");
    const counts = await supervisor.supervision.counts();
    // June tasks (1–6, 11, 12) are due Thu 30 June: 2 working days, a warning; 8 and 10 were due 25 April
    expect(counts.byKind).toEqual({
      catalogue_review: levels(0, 0),
      sharing_request: levels(0, 0),
      objection: levels(0, 0),
      target_report: levels(1, 0),
      work_task: levels(8, 2),
      notice: levels(1, 0),
    });
    expect(counts.total).toEqual(levels(10, 2));

    const board = await supervisor.supervision.board({ page: 1, pageSize: 50 });
    expect(board.total).toBe(13 + 5);
    expect(board.items.slice(0, 2).map((item) => [item.kind, item.label, item.level])).toEqual([
      ["work_task", "8. 建立权力运行监管体系", "overdue"],
      ["work_task", "10. 推进实现全区改革一体化", "overdue"],
    ]);
    const byId = new Map(board.items.map((item) => [item.subjectId, item]));
    expect(byId.get(ids.review)).toMatchObject({
      kind: "catalogue_review",
      departmentId: providerDepartmentId,
      waitingOn: "centre",
      dueDate: "2016-07-05",
      workingDaysLeft: 5,
      level: "ok",
    });
    expect(byId.get(ids.sharing)).toMatchObject({
      kind: "sharing_request",
      waitingOn: "department",
      dueDate: "2016-07-12", // 10 working days
      level: "ok",
    });
    expect(byId.get(ids.objection)).toMatchObject({ kind: "objection", dueDate: "2016-07-05", level: "ok" });
    expect(byId.get(ids.notice)).toMatchObject({ kind: "notice", workingDaysLeft: 2, level: "warning" });
    expect(byId.get(ids.report)).toMatchObject({
      kind: "target_report",
      waitingOn: "centre",
      level: "warning",
    });
    const task7 = board.items.find((item) => item.label.startsWith("7. "));
    expect(task7).toMatchObject({ departmentName: "区政府法制办", dueDate: "2016-12-31", level: "ok" });
  });

  it("filters by kind, level and department, and pages in the database", async () => {
    const supervisor = await as("supervisor");
    const overdue = await supervisor.supervision.board({ level: "overdue", page: 1, pageSize: 20 });
    expect(overdue.items.map((item) => item.label)).toEqual([
      "8. 建立权力运行监管体系",
      "10. 推进实现全区改革一体化",
    ]);
    const warnings = await supervisor.supervision.board({
      level: "warning",
      kind: "work_task",
      page: 1,
      pageSize: 20,
    });
    expect(warnings.total).toBe(8);
    const provider = await supervisor.supervision.board({
      departmentId: providerDepartmentId,
      page: 1,
      pageSize: 20,
    });
    expect(provider.items.map((item) => item.subjectId).sort()).toEqual(Object.values(ids).sort());
    // 区工商质监局 is a responsible unit of task 12 only
    const gongshang = await supervisor.supervision.board({
      departmentId: gongshangId,
      page: 1,
      pageSize: 20,
    });
    expect(gongshang.items.map((item) => item.label)).toEqual(["12. 完善并联审批机制"]);

    const first = await supervisor.supervision.board({ page: 1, pageSize: 7 });
    const third = await supervisor.supervision.board({ page: 3, pageSize: 7 });
    expect([first.total, third.total]).toEqual([18, 18]);
    expect(third.items).toHaveLength(4);
    const seen = new Set([...first.items, ...third.items].map((item) => item.subjectId));
    expect(seen.size).toBe(11);
  });

  it("turns warnings into overdue items as working days pass (fake clock)", async () => {
    const supervisor = await as("supervisor");
    now = new Date("2016-07-01T02:00:00Z"); // Fri 1 July
    let counts = await supervisor.supervision.counts();
    expect(counts.byKind).toMatchObject({
      catalogue_review: levels(1, 0), // Tue 5 July: Mon 4 and Tue 5 left
      objection: levels(1, 0),
      target_report: levels(0, 1),
      work_task: levels(0, 10),
      notice: levels(0, 1),
    });
    now = new Date("2016-07-06T02:00:00Z"); // Wed 6 July
    counts = await supervisor.supervision.counts();
    expect(counts.byKind.catalogue_review).toEqual(levels(0, 1));
    const review = await supervisor.supervision.board({ kind: "catalogue_review", page: 1, pageSize: 5 });
    expect(review.items[0]).toMatchObject({ subjectId: ids.review, workingDaysLeft: -1, level: "overdue" });
  });

  it("drops items once they are dealt with", async () => {
    const supervisor = await as("supervisor");
    await (await as("centre")).resources.review({ id: ids.review, decision: "approve" });
    await (
      await as("provider")
    ).objections.answer({ id: ids.objection, outcome: "corrected", answer: "已更正" });
    await (await as("provider")).notices.reply({ id: ids.notice, reply: "已报送" });
    await (
      await as("provider")
    ).sharing.decide({
      id: ids.sharing,
      decision: "approve",
      idempotencyKey: `key-${randomUUID()}`,
    });
    const sharing = await supervisor.supervision.board({ kind: "sharing_request", page: 1, pageSize: 5 });
    expect(sharing.items).toMatchObject([{ subjectId: ids.sharing, waitingOn: "centre" }]);
    const counts = await supervisor.supervision.counts();
    expect(counts.byKind).toMatchObject({
      catalogue_review: levels(0, 0),
      objection: levels(0, 0),
      notice: levels(0, 0),
    });
    const board = await supervisor.supervision.board({ page: 1, pageSize: 50 });
    expect(board.items.map((item) => item.subjectId)).not.toContain(ids.review);
    expect(board.total).toBe(13 + 2); // tasks, the request now at the centre, the report
  });

  it("counts a catalogue review's deadline from the submission, not from the draft's creation", async () => {
    const provider = await as("provider");
    now = new Date("2016-07-04T02:00:00Z"); // Mon 4 July: the draft
    const draft = await provider.resources.create({
      classification: "1-02-001",
      name: `晚提交资源${randomUUID().slice(0, 6)}`,
      providerDepartmentId,
      format: "database",
      dataItems: [{ name: "统一社会信用代码", dataType: "string", length: 18 }],
      sharingType: "unconditional",
      sharingCondition: null,
      sharingBasis: null,
      sharingMethods: ["api"],
      openAttribute: "closed",
      updateCycle: "daily",
      formationDate: "2016-01-10",
    });
    now = new Date("2016-07-08T02:00:00Z"); // Fri 8 July: sent for review, due 5 working days later
    await provider.resources.submit({ id: draft.id });
    const board = await (
      await as("supervisor")
    ).supervision.board({ kind: "catalogue_review", page: 1, pageSize: 5 });
    expect(board.items).toMatchObject([{ subjectId: draft.id, dueDate: "2016-07-15", level: "ok" }]);
  });

  it("is for supervisors and the centre", async () => {
    await expect((await as("provider")).supervision.board({ page: 1, pageSize: 5 })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect((await (await as("centre")).supervision.counts()).total.overdue).toBeGreaterThan(0);
  });
});
