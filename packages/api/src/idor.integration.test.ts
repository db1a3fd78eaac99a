import { seedDatabase } from "@govshare/db";
import { createTestDatabase, makeDepartment, type TestDatabase } from "@govshare/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerWith, signedInUser } from "./testing.ts";

// Every procedure that takes an id, called with an id that belongs to someone else.
let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database?.destroy());

describe("cross-department and cross-user access by id", () => {
  it("tokens.revoke: another user's token reads as not found and keeps working", async () => {
    const owner = await (await signedInUser(database, ["officer"])).caller();
    const { token, secret } = await owner.tokens.create({ name: "owner's" });
    const other = await (await signedInUser(database, ["admin"])).caller();
    await expect(other.tokens.revoke({ id: token.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await (await callerWith(database, { bearerToken: secret })).auth.me()).not.toBeNull();
  });

  it("users.get / users.update / users.endSessions: an officer cannot reach a user of another department", async () => {
    const victim = await signedInUser(database, ["officer"]);
    const officer = await (await signedInUser(database, ["officer"])).caller();
    await expect(officer.users.get({ id: victim.user.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(officer.users.update({ id: victim.user.id, disabled: true })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(officer.users.endSessions({ id: victim.user.id })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(
      await (await callerWith(database, { sessionToken: victim.sessionToken })).auth.me(),
    ).not.toBeNull();
  });

  it("users.update: the centre cannot change an administrator nor hand out the admin role", async () => {
    const admin = await signedInUser(database, ["admin"]);
    const centre = await (await signedInUser(database, ["centre"])).caller();
    await expect(centre.users.update({ id: admin.user.id, disabled: true })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const officer = await signedInUser(database, ["officer"]);
    await expect(
      centre.users.update({ id: officer.user.id, roles: ["officer", "admin"] }),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const unchanged = await database.prisma.user.findUniqueOrThrow({ where: { id: officer.user.id } });
    expect(unchanged.roles).toEqual(["officer"]);
  });

  it("departments.update: an officer cannot rename even their own department", async () => {
    const department = await makeDepartment(database);
    const officer = await (
      await signedInUser(database, ["officer"], { departmentId: department.id })
    ).caller();
    await expect(officer.departments.update({ id: department.id, name: "被改名" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("notifications.list / markRead: a user neither sees nor marks another user's notifications", async () => {
    const owner = await signedInUser(database, ["officer"]);
    const [row] = await database.prisma.notification.createManyAndReturn({
      data: [
        {
          userId: owner.user.id,
          kind: "sharing_requested",
          params: {},
          link: "/sharing/x",
          subjectType: "sharing_request",
          subjectId: "01900000-0000-7000-8000-000000000001",
          createdAt: new Date(),
        },
      ],
    });
    const other = await (await signedInUser(database, ["centre"])).caller();
    expect((await other.notifications.list({ page: 1, pageSize: 50 })).items.map((n) => n.id)).not.toContain(
      row!.id,
    );
    expect(await other.notifications.markRead({ ids: [row!.id] })).toMatchObject({ marked: 0 });
    expect(await (await owner.caller()).notifications.unreadCount()).toEqual({ unread: 1 });
  });

  it("targets.reports / targets.get: an officer sees only their own department's target reports", async () => {
    const target = await database.prisma.target.create({
      data: {
        code: `idor-${Date.now()}`,
        name: "越权测试目标",
        definition: "分子：…；分母：…",
        targetValue: 100,
        startDate: new Date("2016-01-01T00:00:00Z"),
        deadline: new Date("2016-12-31T00:00:00Z"),
        kind: "reported",
      },
    });
    const reporter = await signedInUser(database, ["officer"]);
    const other = await signedInUser(database, ["officer"]);
    await database.prisma.targetDepartment.createMany({
      data: [reporter, other].map((party) => ({
        targetId: target.id,
        departmentId: party.user.departmentId,
      })),
    });
    const report = await (
      await reporter.caller()
    ).targets.report({
      targetId: target.id,
      periodStart: "2016-01-01",
      periodEnd: "2016-03-31",
      numerator: 1,
      denominator: 2,
    });
    const otherCaller = await other.caller();
    const listed = await otherCaller.targets.reports({ targetId: target.id, page: 1, pageSize: 20 });
    expect(listed.items.map((row) => row.id)).not.toContain(report.id);
    expect((await otherCaller.targets.get({ id: target.id })).reports).toEqual([]);
    await expect(
      otherCaller.targets.reviewReport({ id: report.id, decision: "confirm", comment: "" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await database.prisma.targetReport.findUniqueOrThrow({ where: { id: report.id } })).toMatchObject({
      state: "submitted",
    });
  });

  it("notices.get / notices.reply: another department's notice reads as not found and stays open", async () => {
    const addressed = await makeDepartment(database);
    const supervisor = await (await signedInUser(database, ["supervisor"])).caller();
    const sent = await supervisor.notices.create({
      departmentId: addressed.id,
      subjectType: "general",
      subjectLabel: "督办测试",
      text: "请报送进展",
      replyDueDate: "2099-12-31",
    });
    const outsider = await (await signedInUser(database, ["officer"])).caller();
    await expect(outsider.notices.get({ id: sent.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(outsider.notices.reply({ id: sent.id, reply: "冒名答复" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(
      await database.prisma.supervisionNotice.findUniqueOrThrow({ where: { id: sent.id } }),
    ).toMatchObject({
      state: "open",
      reply: null,
    });
  });

  it("workPlan.addUpdate / setStatus: only the task's units may report, only its lead unit set status", async () => {
    await seedDatabase(database, { demo: false });
    const task = await database.prisma.workTask.findUniqueOrThrow({ where: { number: 12 } });
    const outsider = await (await signedInUser(database, ["officer"])).caller();
    await expect(
      outsider.workPlan.addUpdate({ taskId: task.id, progress: 50, text: "冒名填报" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const gongshang = await database.prisma.department.findUniqueOrThrow({ where: { code: "410108-011" } });
    const responsible = await (
      await signedInUser(database, ["officer"], { departmentId: gongshang.id })
    ).caller();
    await expect(
      responsible.workPlan.setStatus({ taskId: task.id, status: "done", rowVersion: task.rowVersion }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await database.prisma.workTask.findUniqueOrThrow({ where: { id: task.id } })).toMatchObject({
      status: task.status,
      rowVersion: task.rowVersion,
    });
    expect(await database.prisma.workTaskUpdate.count({ where: { taskId: task.id } })).toBe(0);
  });

  it("users.get with an unknown id is NOT_FOUND for managers, never a 500", async () => {
    const centre = await (await signedInUser(database, ["centre"])).caller();
    await expect(centre.users.get({ id: "01900000-0000-7000-8000-000000000000" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
