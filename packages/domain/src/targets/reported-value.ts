import { sumRatios, type Ratio } from "./sharing-rate.ts";

/** A responsible unit's report on a reported target (state: submitted | confirmed | returned). */
export interface TargetReportFigures {
  departmentId: string;
  state: string;
  /** YYYY-MM-DD */
  periodEnd: string;
  numerator: number;
  denominator: number;
  createdAt: Date;
}

/**
 * Each department's latest confirmed report: the one covering the latest period, and of those the one
 * reported last (a corrected figure for the same period replaces the earlier one).
 */
export function latestConfirmedReports<Report extends TargetReportFigures>(
  reports: readonly Report[],
): Map<string, Report> {
  const latest = new Map<string, Report>();
  for (const report of reports) {
    if (report.state !== "confirmed") continue;
    const current = latest.get(report.departmentId);
    const newer =
      !current ||
      report.periodEnd > current.periodEnd ||
      (report.periodEnd === current.periodEnd && report.createdAt > current.createdAt);
    if (newer) latest.set(report.departmentId, report);
  }
  return latest;
}

/**
 * A reported target's value: over its responsible departments, the sum of the numerators of their latest
 * confirmed reports divided by the sum of the denominators. Departments without one add nothing; reports
 * of departments no longer responsible are ignored.
 */
export function reportedTargetRatio(
  reports: readonly TargetReportFigures[],
  responsibleDepartmentIds: readonly string[],
): Ratio & { byDepartment: Map<string, Ratio | null> } {
  const latest = latestConfirmedReports(reports);
  const byDepartment = new Map<string, Ratio | null>();
  for (const departmentId of responsibleDepartmentIds) {
    const report = latest.get(departmentId);
    byDepartment.set(
      departmentId,
      report ? { numerator: report.numerator, denominator: report.denominator } : null,
    );
  }
  const total = sumRatios([...byDepartment.values()].filter((ratio): ratio is Ratio => ratio !== null));
  return { ...total, byDepartment };
}
