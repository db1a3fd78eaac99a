import { describe, expect, it } from "vitest";
import { isWorkTaskOverdue, mayReportWorkTaskProgress, maySetWorkTaskStatus } from "./work-task.ts";

describe("work plan tasks (工作台账)", () => {
  it("are overdue once the deadline has passed and they are not done", () => {
    const task = { status: "in_progress", deadline: "2016-06-30" };
    expect(isWorkTaskOverdue(task, "2016-06-30")).toBe(false); // the deadline day itself is still in time
    expect(isWorkTaskOverdue(task, "2016-07-01")).toBe(true);
    expect(isWorkTaskOverdue({ ...task, status: "not_started" }, "2016-07-01")).toBe(true);
    expect(isWorkTaskOverdue({ ...task, status: "done" }, "2016-07-01")).toBe(false);
  });

  const parties = { leadDepartmentIds: ["lead"], responsibleDepartmentIds: ["helper"] };
  it("take progress from officers of the lead and responsible units only", () => {
    expect(mayReportWorkTaskProgress({ roles: ["officer"], departmentId: "lead" }, parties)).toBe(true);
    expect(mayReportWorkTaskProgress({ roles: ["officer"], departmentId: "helper" }, parties)).toBe(true);
    expect(mayReportWorkTaskProgress({ roles: ["officer"], departmentId: "other" }, parties)).toBe(false);
    expect(mayReportWorkTaskProgress({ roles: ["supervisor"], departmentId: "lead" }, parties)).toBe(false);
  });

  it("change status by the lead unit's officers or the centre", () => {
    expect(maySetWorkTaskStatus({ roles: ["officer"], departmentId: "lead" }, parties)).toBe(true);
    expect(maySetWorkTaskStatus({ roles: ["officer"], departmentId: "helper" }, parties)).toBe(false);
    expect(maySetWorkTaskStatus({ roles: ["centre"], departmentId: "other" }, parties)).toBe(true);
    expect(maySetWorkTaskStatus({ roles: ["supervisor"], departmentId: "lead" }, parties)).toBe(false);
  });
});
