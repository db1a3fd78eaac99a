import { createTestDatabase, makeDepartment, type TestDatabase } from "@govshare/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedOfficialCalendar } from "../calendar/service.ts";
import { callerWith, signedInUser } from "../testing.ts";

let database: TestDatabase;
let now = new Date("2026-09-24T02:00:00Z"); // Thu, before the 2026 Mid-Autumn and National Day holidays
const clock = { now: () => now };
const tokens: Record<string, string> = {};
const as = (who: string) => callerWith(database, { bearerToken: tokens[who] }, clock);
let resourceId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  await seedOfficialCalendar(database);
  const providerDepartment = (await makeDepartment(database)).id;
  for (const [who, roles, departmentId] of [
    ["provider", ["officer"], providerDepartment],
    ["reporter", ["officer"], undefined],
    ["centre", ["centre"], undefined],
  ] as const) {
    const user = await signedInUser(database, [...roles], { departmentId, ...clock });
    tokens[who] = (await (await user.caller()).tokens.create({ name: "objection tests" })).secret;
  }
  const provider = await as("provider");
  const resource = await provider.resources.create({
    classification: "1-01-001",
    name: "户籍人口信息",
    providerDepartmentId: providerDepartment,
    format: "database",
    dataItems: [
      { name: "姓名", dataType: "string" },
      { name: "出生日期", dataType: "date" },
    ],
    sharingType: "unconditional",
    sharingMethods: ["api"],
    openAttribute: "closed",
    updateCycle: "daily",
    formationDate: "2016-01-01",
  });
  await provider.resources.submit({ id: resource.id });
  await (await as("centre")).resources.review({ id: resource.id, decision: "approve" });
  resourceId = resource.id;
});
afterAll(() => database?.destroy());

describe("objections (疑义/纠错)", () => {
  it("goes back to the provider with a deadline of 5 working days, counted across the holidays", async () => {
    const objection = await (
      await as("reporter")
    ).objections.create({ resourceId, items: ["出生日期"], description: "出生日期与户籍登记不一致" });
    // Thu 24 Sep 2026: Fri 25–Sun 27 off (中秋), Mon 28, Tue 29, Wed 30, 1–7 Oct off, Thu 8, Fri 9
    expect(objection).toMatchObject({ state: "open", dueDate: "2026-10-09", workingDaysLeft: 5 });
    await expect(
      (await as("reporter")).objections.answer({ id: objection.id, outcome: "corrected", answer: "已更正" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const answered = await (
      await as("provider")
    ).objections.answer({ id: objection.id, outcome: "corrected", answer: "已核实并更正" });
    expect(answered).toMatchObject({ state: "corrected", overdue: false, workingDaysLeft: null });
    await expect(
      (await as("provider")).objections.answer({ id: objection.id, outcome: "rejected", answer: "再答一次" }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    const events = await database.prisma.auditEvent.findMany({
      where: { subjectId: objection.id },
      select: { action: true },
    });
    expect(events.map((event) => event.action)).toEqual(["objection.create", "objection.corrected"]);
  });

  it("is flagged overdue once its day has passed, in the provider's and the centre's lists", async () => {
    const objection = await (
      await as("reporter")
    ).objections.create({ resourceId, items: [], description: "数据更新不及时" });
    now = new Date("2026-10-12T02:00:00Z");
    const overdue = await (await as("centre")).objections.list({ box: "overdue" });
    expect(overdue.items.find((item) => item.id === objection.id)).toMatchObject({ overdue: true });
    const incoming = await (await as("provider")).objections.list({ box: "incoming" });
    expect(incoming.items.map((item) => item.id)).toContain(objection.id);
    now = new Date("2026-09-24T02:00:00Z");
  });
});
