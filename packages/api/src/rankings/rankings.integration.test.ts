import { randomUUID } from "node:crypto";
import { createTestDatabase, makeDepartment, type TestDatabase } from "@govshare/db/testing";
import type { TResourceFormValues, TRankingListOutput } from "@govshare/validators";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedOfficialCalendar } from "../calendar/service.ts";
import { callerWith, signedInUser } from "../testing.ts";

/**
 * Known fixtures for March 2016 (no public holiday in it), made through the API with a clock the
 * test moves. Expected figures are worked out by hand in the comments.
 *
 * 甲局 (A) provides: a1 conditional, formed 5 Mar, published; a2 unconditional, 10 Mar, published;
 *   a3 unconditional, 15 Mar, draft without abstract (incomplete); a4 conditional, 10 Feb, published;
 *   a5 unconditional, 20 Mar, published then retired (counts nowhere).
 * 乙局 (B) provides: b1 not shared, 3 Mar, published; b2 conditional, 8 Mar, submitted;
 *   b3 unconditional, 5 Jan, draft without data items (incomplete).
 * 丙局 (C) provides nothing: the requester, centre and supervisor sit there.
 */
let database: TestDatabase;
let now = new Date("2016-02-01T02:00:00Z");
const clock = { now: () => now };
/** 10:00 in Asia/Shanghai on `day` */
const at = (day: string) => void (now = new Date(`${day}T10:00:00+08:00`));

type Party = { caller: () => ReturnType<typeof callerWith> };
let officerA: Party;
let officerB: Party;
let requester: Party;
let centre: Party;
let supervisor: Party;
const departments = { A: "", B: "", C: "" };
const resources: Record<string, string> = {};

async function party(roles: ("officer" | "centre" | "supervisor")[], departmentId: string): Promise<Party> {
  const user = await signedInUser(database, roles, { departmentId, ...clock });
  const { secret } = await (await user.caller()).tokens.create({ name: "ranking tests" });
  return { caller: () => callerWith(database, { bearerToken: secret }, clock) };
}

const ITEMS = [
  { name: "统一社会信用代码", dataType: "string" as const, length: 18 },
  { name: "企业名称", dataType: "string" as const, length: 200 },
];

async function resource(
  owner: Party,
  providerDepartmentId: string,
  options: {
    sharingType: "unconditional" | "conditional" | "none";
    formationDate: string;
    end: "draft" | "submitted" | "published" | "retired";
    abstract?: string;
    dataItems?: typeof ITEMS;
  },
): Promise<string> {
  const input: TResourceFormValues = {
    classification: "1-02-001",
    name: `通报测试资源${randomUUID().slice(0, 6)}`,
    providerDepartmentId,
    abstract: options.abstract ?? "区内企业登记信息",
    format: "database",
    dataItems: options.dataItems ?? ITEMS,
    sharingType: options.sharingType,
    sharingCondition: options.sharingType === "unconditional" ? null : "需说明用途",
    sharingBasis: options.sharingType === "none" ? "《统计法》第二十五条" : null,
    sharingMethods: options.sharingType === "none" ? [] : ["api"],
    openAttribute: "closed",
    updateCycle: "daily",
    formationDate: options.formationDate,
  };
  const officer = await owner.caller();
  const created = await officer.resources.create(input);
  if (options.end !== "draft") await officer.resources.submit({ id: created.id });
  if (options.end === "published" || options.end === "retired")
    await (await centre.caller()).resources.review({ id: created.id, decision: "approve" });
  if (options.end === "retired") await officer.resources.retire({ id: created.id });
  return created.id;
}

async function ask(resourceId: string) {
  return (await requester.caller()).sharing.create({
    resourceId,
    purpose: "企业开办联审",
    basis: "《优化营商环境条例》",
    method: "api",
    items: ["企业名称"],
  });
}
const answer = async (owner: Party, id: string) =>
  (await owner.caller()).sharing.decide({ id, decision: "approve", idempotencyKey: `key-${randomUUID()}` });

beforeAll(async () => {
  database = await createTestDatabase();
  await seedOfficialCalendar(database);
  departments.A = (await makeDepartment(database, { name: "通报甲局", sortOrder: 1 })).id;
  departments.B = (await makeDepartment(database, { name: "通报乙局", sortOrder: 2 })).id;
  departments.C = (await makeDepartment(database, { name: "通报丙局", sortOrder: 3 })).id;
  officerA = await party(["officer"], departments.A);
  officerB = await party(["officer"], departments.B);
  requester = await party(["officer"], departments.C);
  centre = await party(["centre"], departments.C);
  supervisor = await party(["supervisor"], departments.C);

  const A = (options: Parameters<typeof resource>[2]) => resource(officerA, departments.A, options);
  const B = (options: Parameters<typeof resource>[2]) => resource(officerB, departments.B, options);
  resources.a1 = await A({ sharingType: "conditional", formationDate: "2016-03-05", end: "published" });
  resources.a2 = await A({ sharingType: "unconditional", formationDate: "2016-03-10", end: "published" });
  resources.a3 = await A({
    sharingType: "unconditional",
    formationDate: "2016-03-15",
    end: "draft",
    abstract: "",
  });
  resources.a4 = await A({ sharingType: "conditional", formationDate: "2016-02-10", end: "published" });
  resources.a5 = await A({ sharingType: "unconditional", formationDate: "2016-03-20", end: "retired" });
  resources.b1 = await B({ sharingType: "none", formationDate: "2016-03-03", end: "published" });
  resources.b2 = await B({ sharingType: "conditional", formationDate: "2016-03-08", end: "submitted" });
  resources.b3 = await B({
    sharingType: "unconditional",
    formationDate: "2016-01-05",
    end: "draft",
    dataItems: [],
  });

  // r1: asked Tue 23 Feb, due Tue 8 Mar (10 working days), answered Mon 7 Mar: on time, 9 working days
  at("2016-02-23");
  const r1 = await ask(resources.a4!);
  expect(r1.dueDate).toBe("2016-03-08");
  at("2016-03-07");
  await answer(officerA, r1.id);
  // r5: asked Tue 1 Mar (due 15 Mar), withdrawn Wed 2 Mar: never due, not counted
  at("2016-03-01");
  const r5 = await ask(resources.a4!);
  at("2016-03-02");
  await (await requester.caller()).sharing.withdraw({ id: r5.id });
  // r6: asked Tue 1 Mar, due Tue 15 Mar, never answered: late
  at("2016-03-01");
  expect((await ask(resources.a1!)).dueDate).toBe("2016-03-15");
  // o1: objection to b1 filed Tue 1 Mar (due Tue 8 Mar, 5 working days), answered Thu 3 Mar: 2 working days
  const o1 = await (
    await requester.caller()
  ).objections.create({
    resourceId: resources.b1!,
    items: [],
    description: "企业名称有误",
  });
  expect(o1.dueDate).toBe("2016-03-08");
  at("2016-03-03");
  await (await officerB.caller()).objections.answer({ id: o1.id, outcome: "corrected", answer: "已更正" });
  // r2: asked Mon 14 Mar, due Mon 28 Mar, answered Tue 29 Mar: late, 11 working days
  at("2016-03-14");
  const r2 = await ask(resources.a1!);
  expect(r2.dueDate).toBe("2016-03-28");
  at("2016-03-29");
  await answer(officerA, r2.id);
  // r3: asked Fri 25 Mar, due in April (Qingming holiday on Mon 4 Apr): not due in March
  at("2016-03-25");
  await ask(resources.a1!);
  // the rankings are read on Tue 5 Apr 2016
  at("2016-04-05");
}, 120_000);
afterAll(() => database?.destroy());

const figures = (result: TRankingListOutput) =>
  result.items.map((item) => [
    item.rank,
    item.departmentName,
    item.sharingRate,
    item.onTimeReplyRate,
    item.averageReplyWorkingDays,
    item.catalogueCompleteness,
    item.score,
  ]);

describe("rankings.list", () => {
  it("ranks March 2016 from the data, with exact figures", async () => {
    const result = await (await centre.caller()).rankings.list({ period: "month", date: "2016-03-17" });
    expect(result).toMatchObject({ period: "month", start: "2016-03-01", end: "2016-03-31" });
    expect(figures(result)).toEqual([
      // B: formed b1 (not shared), b2 (submitted) → 0/2 = 0%; o1 on time → 100%, 2 days → 80 points;
      //    complete b1, b2 of b1–b3 → 66.7%; score (0 + 100 + 80 + 66.7) / 4 = 61.675 → 61.7
      [1, "通报乙局", 0, 100, 2, 66.7, 61.7],
      // A: formed a1, a2 shared, a3 draft → 2/3 = 66.7%; due in March r1 (on time), r6 (late), r2 (late)
      //    → 1/3 = 33.3%; replies made r1 (9), r2 (11) → 10 days → 0 points; complete a1, a2, a4 of
      //    a1–a4 → 75%; score (66.7 + 33.3 + 0 + 75) / 4 = 43.75 → 43.8
      [2, "通报甲局", 66.7, 33.3, 10, 75, 43.8],
      [3, "通报丙局", null, null, null, null, null],
    ]);
    expect(result.items[0]!.departmentId).toBe(departments.B);
  });

  it("counts a week on its own days (Mon 7 – Sun 13 Mar 2016)", async () => {
    const result = await (await supervisor.caller()).rankings.list({ period: "week", date: "2016-03-13" });
    expect(result).toMatchObject({ start: "2016-03-07", end: "2016-03-13" });
    expect(figures(result)).toEqual([
      // A: formed a2 → 100%; r1 due 8 Mar on time → 100%; r1 answered 7 Mar, 9 days → 10 points;
      //    complete a1, a2, a4 (a3 formed later) → 100%; score 77.5
      [1, "通报甲局", 100, 100, 9, 100, 77.5],
      // B: formed b2 (submitted) → 0%; o1 due 8 Mar, answered on time → 100%, but answered 3 Mar
      //    (last week) → no reply time; complete 2/3 → 66.7%; score (0 + 100 + 66.7) / 3 = 55.6
      [2, "通报乙局", 0, 100, null, 66.7, 55.6],
      [3, "通报丙局", null, null, null, null, null],
    ]);
  });

  it("a quarter and a year gather the same replies; a period without data ranks everybody last", async () => {
    const quarter = await (await centre.caller()).rankings.list({ period: "quarter", date: "2016-02-29" });
    expect(quarter).toMatchObject({ start: "2016-01-01", end: "2016-03-31" });
    // A over Q1: formed a1, a2, a3, a4 → a1, a2, a4 shared → 75%
    expect(quarter.items.find((item) => item.departmentId === departments.A)).toMatchObject({
      sharingRate: 75,
      onTimeReplyRate: 33.3,
      averageReplyWorkingDays: 10,
      catalogueCompleteness: 75,
    });
    const empty = await (await centre.caller()).rankings.list({ period: "year", date: "2015-06-01" });
    expect(empty.items.map((item) => [item.rank, item.score])).toEqual([
      [1, null],
      [1, null],
      [1, null],
    ]);
  });

  it("refuses officers and strangers, and bad input with field errors", async () => {
    await expect(
      (await officerA.caller()).rankings.list({ period: "month", date: "2016-03-01" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      (await callerWith(database, {}, clock)).rankings.list({ period: "month", date: "2016-03-01" }),
    ).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(
      (await centre.caller()).rankings.list({ period: "decade" as "year", date: "2016-02-30" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});
