import { describe, expect, it } from "vitest";
import { latestConfirmedReports, reportedTargetRatio } from "./reported-value.ts";

const report = (
  departmentId: string,
  state: string,
  periodEnd: string,
  numerator: number,
  denominator: number,
  createdAt = "2016-05-01T00:00:00Z",
) => ({ departmentId, state, periodEnd, numerator, denominator, createdAt: new Date(createdAt) });

describe("reported target value", () => {
  it("sums the latest confirmed report of each responsible department", () => {
    const reports = [
      report("a", "confirmed", "2016-03-31", 1, 10),
      report("a", "confirmed", "2016-04-30", 8, 10),
      report("b", "confirmed", "2016-04-30", 2, 5),
    ];
    expect(reportedTargetRatio(reports, ["a", "b"])).toMatchObject({ numerator: 10, denominator: 15 });
  });

  it("ignores submitted and returned reports, and reports of departments not responsible", () => {
    const reports = [
      report("a", "confirmed", "2016-03-31", 3, 10),
      report("a", "submitted", "2016-04-30", 10, 10),
      report("a", "returned", "2016-05-31", 10, 10),
      report("x", "confirmed", "2016-05-31", 50, 50),
    ];
    const ratio = reportedTargetRatio(reports, ["a", "b"]);
    expect(ratio).toMatchObject({ numerator: 3, denominator: 10 });
    expect(ratio.byDepartment.get("b")).toBeNull();
  });

  it("has nothing to count when no report is confirmed", () => {
    expect(reportedTargetRatio([], ["a"])).toMatchObject({ numerator: 0, denominator: 0 });
  });

  it("takes the later report of the same period (a correction)", () => {
    const latest = latestConfirmedReports([
      report("a", "confirmed", "2016-04-30", 9, 10, "2016-05-02T00:00:00Z"),
      report("a", "confirmed", "2016-04-30", 7, 10, "2016-05-01T00:00:00Z"),
    ]);
    expect(latest.get("a")?.numerator).toBe(9);
  });
});
