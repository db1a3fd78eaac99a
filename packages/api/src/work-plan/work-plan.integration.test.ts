import { seedDatabase } from "@govshare/db";
import { createTestDatabase, type TestDatabase } from "@govshare/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerWith, signedInUser } from "../testing.ts";

/**
 * The plan's 13 tasks as 惠政文〔2016〕29号 writes them (../shared/seed/huiji-2016-four-lists-one-network.md,
 * 三、工作任务), copied here by hand so that a wrong seed file fails: number, title, lead units,
 * responsible units, 完成时间, its last day, whole year.
 */
const TOWNS = "各镇（街道）";
const RELATED = "各相关职能部门";
const APPROVAL = "各相关行政审批职能部门";
const JUNE = ["2016年6月底前", "2016-06-30", false] as const;
const APRIL = ["2016年4月25日前", "2016-04-25", false] as const;
const YEAR = ["全年", "2016-12-31", true] as const;
const PLAN: [number, string, string[], string[], readonly [string, string, boolean]][] = [
  [
    1,
    "统一政务服务管理构架",
    ["区政务服务中心"],
    ["区编办", "区财政局", "区人社局", "区督考办", TOWNS],
    JUNE,
  ],
  [2, "编制公共服务事项目录", ["区编办"], [RELATED, TOWNS], JUNE],
  [3, "继续推进政务服务网建设", ["区信息中心"], ["区政府法制办", RELATED, TOWNS], JUNE],
  [
    4,
    "推动政务信息资源有序共享",
    ["区信息中心"],
    ["区政府法制办", "区政务服务中心", RELATED, TOWNS],
    ["2016年6月底前，完成行政许可、行政处罚信用信息公示", "2016-06-30", false],
  ],
  [5, "加快行政权责事项入网运行", ["区信息中心"], ["区政府法制办", RELATED, TOWNS], JUNE],
  [
    6,
    "配合市级加快推动政务服务四级联动运行",
    ["区政务服务改革管理办"],
    ["区编办", "区政府法制办", "区政务服务中心", "区信息中心", RELATED, TOWNS],
    JUNE,
  ],
  [
    7,
    "强化行政权责事项运行监管",
    ["区政府法制办", "区编办"],
    ["区监察局", "区信息中心", "区政务服务中心", RELATED, TOWNS],
    YEAR,
  ],
  [
    8,
    "建立权力运行监管体系",
    ["区政务服务改革管理办"],
    ["区编办", "区政府法制办", "区政务服务中心", "区财政局", "区信息中心", RELATED, TOWNS],
    APRIL,
  ],
  [
    9,
    "客观公正组织目标绩效考核",
    ["区政务服务改革管理办"],
    ["区督考办", "区编办", "区政府法制办", "区政务服务中心", "区财政局", "区信息中心"],
    YEAR,
  ],
  [
    10,
    "推进实现全区改革一体化",
    ["区政务服务改革管理办"],
    ["区编办", "区政府法制办", "区政务服务中心", "区信息中心", APPROVAL, TOWNS],
    APRIL,
  ],
  [11, "清理规范审批中介事项", ["区政务服务改革管理办", "区编办"], ["区发改统计局", APPROVAL, TOWNS], JUNE],
  [12, "完善并联审批机制", ["区发改统计局"], ["区工商质监局", "区政务服务中心", APPROVAL], JUNE],
  [13, "推进行政审批标准化", ["区政务服务中心"], [APPROVAL, TOWNS], YEAR],
];
const TOWNS_AND_STREETS = 8; // 花园口镇, 古荥镇 and six streets (prisma/seed/departments.json)

let database: TestDatabase;
let now = new Date("2016-06-28T02:00:00Z");
const clock = { now: () => now };
const departmentIdByCode: Record<string, string> = {};
const as = async (roles: ("officer" | "centre" | "supervisor")[], code?: string) =>
  (
    await signedInUser(database, roles, {
      ...clock,
      departmentId: code ? departmentIdByCode[code] : undefined,
    })
  ).caller();
const FAGAI = "410108-010"; // 区发改统计局, lead of task 12
const GONGSHANG = "410108-011"; // 区工商质监局, responsible for task 12

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDatabase(database, { demo: false });
  await seedDatabase(database, { demo: false }); // again: creates nothing twice
  for (const row of await database.prisma.department.findMany({ select: { id: true, code: true } }))
    departmentIdByCode[row.code] = row.id;
});
afterAll(() => database?.destroy());

const taskNumbered = async (number: number) => {
  const { items } = await (await as(["supervisor"])).workPlan.list();
  return items.find((task) => task.number === number)!;
};

describe("work plan (工作台账) seed", () => {
  it("holds the plan's 13 tasks exactly, each not started", async () => {
    const { items } = await (await as(["officer"])).workPlan.list();
    expect(items).toHaveLength(13);
    expect(
      items.map((task) => [
        task.number,
        task.title,
        task.leadUnits,
        task.responsibleUnits,
        [task.deadlineText, task.deadline, task.wholeYear],
      ]),
    ).toEqual(PLAN);
    expect(new Set(items.map((task) => task.status))).toEqual(new Set(["not_started"]));
    expect(items[0]).toMatchObject({
      section: "（一）规范完善全区政务服务体系",
      description: expect.stringMatching(/^制定惠济区规范政务服务体系建设的实施意见.*提供基础保障。$/),
    });
    // a paragraph the source breaks across pages is whole again
    expect(items[4]!.description).toContain("探索行政征收、行政强制等其他类型");
    expect(items[12]!.section).toBe("（四）深化行政审批制度改革");
  });

  it("links the named units that are departments, and 各镇（街道） to every town and street", async () => {
    const roleNames = (task: { departments: { name: string; role: string }[] }, role: string) =>
      task.departments.filter((link) => link.role === role).map((link) => link.name);
    const first = await taskNumbered(1);
    expect(roleNames(first, "lead")).toEqual(["区政务服务中心"]);
    expect(roleNames(first, "responsible")).toHaveLength(4 + TOWNS_AND_STREETS);
    expect(roleNames(first, "responsible")).toEqual(
      expect.arrayContaining(["区编办", "区财政局", "区人社局", "区督考办", "花园口镇", "长兴路街道"]),
    );
    const second = await taskNumbered(2); // 各相关职能部门 is a group, not a department
    expect(roleNames(second, "responsible")).toHaveLength(TOWNS_AND_STREETS);
    const seventh = await taskNumbered(7);
    expect(roleNames(seventh, "lead").sort()).toEqual(["区政府法制办", "区编办"].sort());
    const twelfth = await taskNumbered(12);
    expect(roleNames(twelfth, "lead")).toEqual(["区发改统计局"]);
    expect(roleNames(twelfth, "responsible").sort()).toEqual(["区工商质监局", "区政务服务中心"].sort());
  });
});

describe("work plan progress and status", () => {
  it("takes progress from the lead and responsible units' officers only", async () => {
    const task = await taskNumbered(12);
    const outsider = await as(["officer"], undefined);
    await expect(
      outsider.workPlan.addUpdate({ taskId: task.id, progress: 10, text: "不相关部门" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      (await as(["supervisor"])).workPlan.get({ id: task.id }).then((detail) => detail.updates),
    ).resolves.toEqual([]);

    const gongshang = await as(["officer"], GONGSHANG);
    expect((await gongshang.workPlan.get({ id: task.id })).mayReportProgress).toBe(true);
    const afterResponsible = await gongshang.workPlan.addUpdate({
      taskId: task.id,
      progress: 30,
      text: "企业登记并联审批流程已梳理",
    });
    expect(afterResponsible).toMatchObject({ status: "in_progress", progress: 30, maySetStatus: false });
    now = new Date("2016-06-29T02:00:00Z");
    const fagai = await as(["officer"], FAGAI);
    const afterLead = await fagai.workPlan.addUpdate({
      taskId: task.id,
      progress: 60,
      text: "建设项目并联审批方案已起草",
    });
    expect(afterLead.progress).toBe(60);
    expect(afterLead.updates.map((update) => [update.departmentName, update.progress])).toEqual([
      ["区发改统计局", 60],
      ["区工商质监局", 30],
    ]);
    await expect(
      fagai.workPlan.addUpdate({ taskId: task.id, progress: 101, text: "超过" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const events = await database.prisma.auditEvent.findMany({
      where: { subjectId: task.id, action: "work_task.update" },
    });
    expect(events).toHaveLength(2);
  });

  it("changes status by the lead unit or the centre, refusing stale versions, and is overdue when late", async () => {
    const task = await taskNumbered(12);
    const gongshang = await as(["officer"], GONGSHANG);
    await expect(
      gongshang.workPlan.setStatus({ taskId: task.id, status: "done", rowVersion: task.rowVersion }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await taskNumbered(12)).status).toBe(task.status);

    now = new Date("2016-07-01T02:00:00Z"); // after 30 June: late
    expect((await taskNumbered(12)).overdue).toBe(true);
    const fagai = await as(["officer"], FAGAI);
    const done = await fagai.workPlan.setStatus({
      taskId: task.id,
      status: "done",
      rowVersion: task.rowVersion,
    });
    expect(done).toMatchObject({ status: "done", overdue: false, completedAt: now.toISOString() });
    await expect(
      fagai.workPlan.setStatus({ taskId: task.id, status: "in_progress", rowVersion: task.rowVersion }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    const centre = await as(["centre"]);
    const reopened = await centre.workPlan.setStatus({
      taskId: task.id,
      status: "in_progress",
      rowVersion: done.rowVersion,
    });
    expect(reopened).toMatchObject({ status: "in_progress", overdue: true, completedAt: null });
    const actions = await database.prisma.auditEvent.findMany({
      where: { subjectId: task.id, action: "work_task.status" },
      select: { after: true },
      orderBy: { seq: "asc" },
    });
    expect(actions.map((event) => event.after)).toEqual([{ status: "done" }, { status: "in_progress" }]);
    now = new Date("2016-06-28T02:00:00Z");
  });

  it("reads an unknown task as not found", async () => {
    const reader = await callerWith(database, {}, clock);
    await expect(reader.workPlan.list()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(
      (await as(["officer"])).workPlan.get({ id: "01900000-0000-7000-8000-000000000000" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
