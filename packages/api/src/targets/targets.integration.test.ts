import { randomUUID } from "node:crypto";
import { seedDatabase } from "@govshare/db";
import { createTestDatabase, makeDepartment, type TestDatabase } from "@govshare/db/testing";
import { SHARING_RATE_DEFINITION } from "@govshare/domain";
import type { TResourceFormValues } from "@govshare/validators";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedOfficialCalendar } from "../calendar/service.ts";
import { createContext } from "../context.ts";
import { callerWith, signedInUser } from "../testing.ts";
import { snapshotTargetsIfMissing } from "./service.ts";

let database: TestDatabase;
/** A clock the tests move: Fri 1 Apr 2016, inside the plan's first half-year. */
let now = new Date("2016-04-01T02:00:00Z");
const clock = { now: () => now };
type Party = { caller: () => ReturnType<typeof callerWith>; departmentId: string };
let centre: Party;
let supervisor: Party;

async function party(roles: ("officer" | "centre" | "supervisor")[], departmentId?: string): Promise<Party> {
  const user = await signedInUser(database, roles, { departmentId, ...clock });
  // API tokens: the clock moves by days, past any session's idle timeout
  const { secret } = await (await user.caller()).tokens.create({ name: "targets tests" });
  return {
    caller: () => callerWith(database, { bearerToken: secret }, clock),
    departmentId: user.user.departmentId,
  };
}

const departmentIdByName = async (name: string) =>
  (await database.prisma.department.findFirstOrThrow({ where: { name, parent: { code: "410108" } } })).id;

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDatabase(database, { demo: false });
  await seedOfficialCalendar(database);
  centre = await party(["centre"]);
  supervisor = await party(["supervisor"]);
});
afterAll(() => database?.destroy());

const targetByCode = async (code: string) => {
  const list = await (await centre.caller()).targets.list();
  return list.find((target) => target.code === code)!;
};

describe("the seeded targets", () => {
  it("are the plan's six 100% targets, exactly", async () => {
    const list = await (await supervisor.caller()).targets.list();
    expect(
      list.map(({ code, name, kind, metric, targetValue, startDate, deadline }) => ({
        code,
        name,
        kind,
        metric,
        targetValue,
        startDate,
        deadline,
      })),
    ).toEqual([
      {
        code: "convenience-points-coverage",
        name: "便民服务网点覆盖率",
        kind: "reported",
        metric: null,
        targetValue: 100,
        startDate: "2016-01-01",
        deadline: "2016-06-30",
      },
      {
        code: "sharing-rate",
        name: "新形成的政府信息资源共享率",
        kind: "computed",
        metric: "sharing_rate",
        targetValue: 100,
        startDate: "2016-01-01",
        deadline: "2016-06-30",
      },
      {
        code: "online-application-rate",
        name: "试行的政务服务事项网上可申报率",
        kind: "reported",
        metric: null,
        targetValue: 100,
        startDate: "2016-01-01",
        deadline: "2016-06-30",
      },
      {
        code: "power-items-online-rate",
        name: "行政权责事项网上运行率",
        kind: "reported",
        metric: null,
        targetValue: 100,
        startDate: "2016-01-01",
        deadline: "2016-12-31",
      },
      {
        code: "e-supervision-rate",
        name: "电子监察系统监管率",
        kind: "reported",
        metric: null,
        targetValue: 100,
        startDate: "2016-01-01",
        deadline: "2016-12-31",
      },
      {
        code: "service-hall-rate",
        name: "公共服务事项进驻大厅率",
        kind: "reported",
        metric: null,
        targetValue: 100,
        startDate: "2016-01-01",
        deadline: "2016-12-31",
      },
    ]);
    expect(list.find((target) => target.code === "sharing-rate")!.definition).toBe(
      SHARING_RATE_DEFINITION.zh,
    );
    for (const target of list) expect(target.definition).toMatch(/分子.*分母|分母.*分子/);
  });

  it("link to their work plan tasks, and reported ones to the tasks' lead departments", async () => {
    const caller = await supervisor.caller();
    const detail = async (code: string) => caller.targets.get({ id: (await targetByCode(code)).id });
    const tasksOf = async (code: string) => (await detail(code)).tasks.map((task) => task.number);
    const unitsOf = async (code: string) =>
      (await detail(code)).responsibleDepartments.map((department) => department.name).sort();
    expect(await tasksOf("convenience-points-coverage")).toEqual([1]);
    expect(await tasksOf("sharing-rate")).toEqual([4]);
    expect(await tasksOf("online-application-rate")).toEqual([3, 5, 6]);
    expect(await tasksOf("power-items-online-rate")).toEqual([3, 5, 6]);
    expect(await tasksOf("e-supervision-rate")).toEqual([7]);
    expect(await tasksOf("service-hall-rate")).toEqual([2]);
    expect(await unitsOf("convenience-points-coverage")).toEqual(["区政务服务中心"]);
    expect(await unitsOf("online-application-rate")).toEqual(["区信息中心", "区政务服务改革管理办"].sort());
    expect(await unitsOf("e-supervision-rate")).toEqual(["区政府法制办", "区编办"].sort());
    expect(await unitsOf("service-hall-rate")).toEqual(["区编办"]);
    expect(await unitsOf("sharing-rate")).toEqual([]);
  });

  it("seeding again changes nothing", async () => {
    const before = await database.prisma.target.count();
    const links = await database.prisma.targetDepartment.count();
    expect(await seedDatabase(database, { demo: false })).toMatchObject({ targets: 0 });
    expect(await database.prisma.target.count()).toBe(before);
    expect(await database.prisma.targetDepartment.count()).toBe(links);
  });
});

function resourceInput(
  providerDepartmentId: string,
  sharingType: "unconditional" | "conditional" | "none",
  formationDate: string,
): TResourceFormValues {
  return {
    classification: "1-02-001",
    name: `目标测试资源${randomUUID().slice(0, 6)}`,
    providerDepartmentId,
    format: "database",
    dataItems: [{ name: "统一社会信用代码", dataType: "string", length: 18 }],
    sharingType,
    sharingCondition: sharingType === "unconditional" ? null : "需说明用途",
    sharingBasis: sharingType === "none" ? "《统计法》第二十五条" : null,
    sharingMethods: ["api"],
    openAttribute: "closed",
    updateCycle: "daily",
    formationDate,
  };
}

describe("the sharing rate (computed)", () => {
  it("follows the catalogue: registering, publishing and retiring a newly formed resource", async () => {
    const departmentId = (await makeDepartment(database, { name: `共享率测试局${randomUUID().slice(0, 4)}` }))
      .id;
    const officer = await party(["officer"], departmentId);
    const figures = async () => {
      const target = await (
        await centre.caller()
      ).targets.get({ id: (await targetByCode("sharing-rate")).id });
      const mine = target.byDepartment.find((row) => row.departmentId === departmentId) ?? null;
      return {
        district: {
          numerator: target.numerator,
          denominator: target.denominator,
          value: target.currentValue,
        },
        mine,
      };
    };
    const before = await figures();
    expect(before.mine).toBeNull(); // nothing formed: no figure, neither 0% nor 100%

    const shared = await (
      await officer.caller()
    ).resources.create(resourceInput(departmentId, "unconditional", "2016-03-01"));
    const afterDraft = await figures();
    expect(afterDraft.mine).toMatchObject({ numerator: 0, denominator: 1, value: 0 });
    expect(afterDraft.district.denominator).toBe(before.district.denominator + 1);
    expect(afterDraft.district.numerator).toBe(before.district.numerator);

    await (await officer.caller()).resources.submit({ id: shared.id });
    await (await centre.caller()).resources.review({ id: shared.id, decision: "approve" });
    const afterPublish = await figures();
    expect(afterPublish.mine).toMatchObject({ numerator: 1, denominator: 1, value: 100 });
    expect(afterPublish.district.numerator).toBe(before.district.numerator + 1);
    expect(afterPublish.district.denominator).toBe(before.district.denominator + 1);

    // published but not shared, and formed outside the period: the first counts in the denominator only
    const notShared = await (
      await officer.caller()
    ).resources.create(resourceInput(departmentId, "none", "2016-06-30"));
    await (await officer.caller()).resources.submit({ id: notShared.id });
    await (await centre.caller()).resources.review({ id: notShared.id, decision: "approve" });
    const late = await (
      await officer.caller()
    ).resources.create(resourceInput(departmentId, "unconditional", "2016-07-01"));
    await (await officer.caller()).resources.submit({ id: late.id });
    await (await centre.caller()).resources.review({ id: late.id, decision: "approve" });
    expect((await figures()).mine).toMatchObject({ numerator: 1, denominator: 2, value: 50 });

    // retired: no longer in the catalogue, in neither numerator nor denominator
    await (await centre.caller()).resources.retire({ id: shared.id });
    const afterRetire = await figures();
    expect(afterRetire.mine).toMatchObject({ numerator: 0, denominator: 1, value: 0 });
    expect(afterRetire.district.numerator).toBe(before.district.numerator);
    expect(afterRetire.district.denominator).toBe(before.district.denominator + 1);
  });

  it("is the sum of the departments' counts, ranked on the dashboard", async () => {
    const summary = await (await supervisor.caller()).dashboard.summary();
    expect(summary.sharingRate?.code).toBe("sharing-rate");
    const sum = summary.ranking.reduce(
      (total, row) => ({
        numerator: total.numerator + row.numerator,
        denominator: total.denominator + row.denominator,
      }),
      { numerator: 0, denominator: 0 },
    );
    expect(sum).toEqual({
      numerator: summary.sharingRate!.numerator,
      denominator: summary.sharingRate!.denominator,
    });
    const values = summary.ranking.map((row) => row.value ?? -1);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    expect(summary.targets).toHaveLength(6);
    expect(summary.trend.at(-1)).toMatchObject({ day: "2016-04-01", numerator: sum.numerator });
  });
});

describe("a reported target", () => {
  it("counts only the reports the centre confirmed", async () => {
    const target = await targetByCode("convenience-points-coverage");
    expect(target.currentValue).toBeNull();
    const officer = await party(["officer"], await departmentIdByName("区政务服务中心"));
    const submitted = await (
      await officer.caller()
    ).targets.report({
      targetId: target.id,
      periodStart: "2016-01-01",
      periodEnd: "2016-03-31",
      numerator: 30,
      denominator: 40,
      note: "一季度",
    });
    expect(submitted).toMatchObject({ state: "submitted", dueDate: "2016-04-11" }); // 5 working days, Qingming on 4 Apr
    expect((await targetByCode(target.code)).currentValue).toBeNull();

    const centreCaller = await centre.caller();
    await centreCaller.targets.reviewReport({ id: submitted.id, decision: "confirm", comment: "" });
    expect(await targetByCode(target.code)).toMatchObject({
      currentValue: 75,
      numerator: 30,
      denominator: 40,
    });
    await expect(
      centreCaller.targets.reviewReport({ id: submitted.id, decision: "return", comment: "重复" }),
    ).rejects.toMatchObject({ code: "CONFLICT" });

    const second = await (
      await officer.caller()
    ).targets.report({
      targetId: target.id,
      periodStart: "2016-01-01",
      periodEnd: "2016-04-30",
      numerator: 40,
      denominator: 40,
    });
    await expect(
      centreCaller.targets.reviewReport({ id: second.id, decision: "return", comment: "" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const returned = await centreCaller.targets.reviewReport({
      id: second.id,
      decision: "return",
      comment: "请附网点名单",
    });
    expect(returned).toMatchObject({ state: "returned", reviewComment: "请附网点名单" });
    expect((await targetByCode(target.code)).currentValue).toBe(75);

    const events = await database.prisma.auditEvent.findMany({
      where: { subjectId: { in: [submitted.id, second.id] } },
      select: { action: true },
      orderBy: { seq: "asc" },
    });
    expect(events.map((event) => event.action)).toEqual([
      "target.report",
      "target.review_report",
      "target.report",
      "target.review_report",
    ]);
  });

  it("is reported only by its responsible departments, only for reported targets, with sound figures", async () => {
    const target = await targetByCode("service-hall-rate");
    const outsider = await party(["officer"]);
    const count = () => database.prisma.targetReport.count();
    const before = await count();
    const input = {
      targetId: target.id,
      periodStart: "2016-01-01",
      periodEnd: "2016-03-31",
      numerator: 1,
      denominator: 2,
    };
    await expect((await outsider.caller()).targets.report(input)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const responsible = await party(["officer"], await departmentIdByName("区编办"));
    await expect(
      (await responsible.caller()).targets.report({
        ...input,
        targetId: (await targetByCode("sharing-rate")).id,
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    // the schema's rule, as the caller sees it (the HTTP error formatter turns it into field errors)
    const tooMany = (await responsible.caller()).targets.report({ ...input, numerator: 3 });
    await expect(tooMany).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(tooMany).rejects.toThrow(/分子不能大于分母/);
    await expect(
      (await responsible.caller()).targets.report({ ...input, targetId: randomUUID() }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await count()).toBe(before);
  });

  it("lists reports: the centre and supervisors all, an officer only their department's", async () => {
    const target = await targetByCode("e-supervision-rate");
    const legal = await party(["officer"], await departmentIdByName("区政府法制办"));
    const staffing = await party(["officer"], await departmentIdByName("区编办"));
    const input = {
      targetId: target.id,
      periodStart: "2016-01-01",
      periodEnd: "2016-03-31",
      numerator: 5,
      denominator: 10,
    };
    await (await legal.caller()).targets.report(input);
    await (await staffing.caller()).targets.report(input);
    const all = await (
      await supervisor.caller()
    ).targets.reports({ targetId: target.id, page: 1, pageSize: 20 });
    expect(all.total).toBe(2);
    const own = await (await legal.caller()).targets.reports({ targetId: target.id, page: 1, pageSize: 20 });
    expect(own.items.map((report) => report.department.name)).toEqual(["区政府法制办"]);
    const detail = await (await legal.caller()).targets.get({ id: target.id });
    expect(detail.reports.map((report) => report.department.name)).toEqual(["区政府法制办"]);
    const submitted = await (
      await centre.caller()
    ).targets.reports({ state: "submitted", targetId: target.id, page: 1, pageSize: 20 });
    expect(submitted.total).toBe(2);
  });
});

describe("changing a target", () => {
  it("is the centre's, audited, and refuses a stale version", async () => {
    const target = await targetByCode("power-items-online-rate");
    const updated = await (
      await centre.caller()
    ).targets.update({
      id: target.id,
      deadline: "2016-11-30",
      version: target.version,
    });
    expect(updated).toMatchObject({ deadline: "2016-11-30", version: target.version + 1 });
    await expect(
      (await centre.caller()).targets.update({ id: target.id, targetValue: 90, version: target.version }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(
      (await centre.caller()).targets.update({
        id: target.id,
        deadline: "2015-12-31",
        version: updated.version,
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect((await targetByCode(target.code)).targetValue).toBe(100);
    const event = await database.prisma.auditEvent.findFirstOrThrow({
      where: { action: "target.update", subjectId: target.id },
    });
    expect(event.before).toMatchObject({ deadline: "2016-12-31" });
  });
});

describe("daily snapshots", () => {
  it("are taken once a day by the job, and again on demand replacing the day's row", async () => {
    const jobContext = () => createContext({ database, requestId: "test-job", ...clock });
    now = new Date("2016-04-05T01:00:00Z");
    expect(await snapshotTargetsIfMissing(await jobContext())).toEqual({ day: "2016-04-05", targets: 6 });
    expect(await snapshotTargetsIfMissing(await jobContext())).toBeNull();
    const target = await targetByCode("sharing-rate");
    const day = new Date("2016-04-05T00:00:00Z");
    expect(await database.prisma.targetSnapshot.count({ where: { day } })).toBe(6);

    // a resource published meanwhile: the on-demand snapshot replaces today's row
    const departmentId = (await makeDepartment(database)).id;
    const officer = await party(["officer"], departmentId);
    const resource = await (
      await officer.caller()
    ).resources.create(resourceInput(departmentId, "conditional", "2016-04-01"));
    await (await officer.caller()).resources.submit({ id: resource.id });
    await (await centre.caller()).resources.review({ id: resource.id, decision: "approve" });
    expect(await (await centre.caller()).targets.snapshot()).toEqual({ day: "2016-04-05", targets: 6 });
    const detail = await (await centre.caller()).targets.get({ id: target.id });
    expect(detail.history).toEqual([
      {
        day: "2016-04-05",
        numerator: detail.numerator,
        denominator: detail.denominator,
        value: detail.currentValue,
      },
    ]);
    await expect((await supervisor.caller()).targets.snapshot()).rejects.toMatchObject({ code: "FORBIDDEN" });

    now = new Date("2016-04-06T01:00:00Z");
    expect(await snapshotTargetsIfMissing(await jobContext())).toEqual({ day: "2016-04-06", targets: 6 });
    expect((await (await supervisor.caller()).dashboard.summary()).trend.map((point) => point.day)).toEqual([
      "2016-04-05",
      "2016-04-06",
    ]);
  });
});
