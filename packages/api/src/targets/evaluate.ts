import { createTargetRepository, type TargetRow, type Transaction } from "@govshare/db";
import { rateOf, reportedTargetRatio, sumRatios, targetStatus, type Ratio } from "@govshare/domain";
import type {
  TTarget,
  TTargetDepartmentFigure,
  TTargetHistoryPoint,
  TTargetReport,
} from "@govshare/validators";
import type { Context } from "../context.ts";
import type { TargetReportRow } from "@govshare/db";

type Client = Transaction | Context["database"]["prisma"];

export const isoDay = (date: Date) => date.toISOString().slice(0, 10);
export const toDate = (day: string) => new Date(`${day}T00:00:00Z`);

/** A target with its current figures, the per-department breakdown and its daily history. */
export interface EvaluatedTarget {
  target: TTarget;
  byDepartment: TTargetDepartmentFigure[];
  history: TTargetHistoryPoint[];
  row: TargetRow;
}

const figureOf = (departmentId: string, departmentName: string, ratio: Ratio | null) => ({
  departmentId,
  departmentName,
  numerator: ratio?.numerator ?? 0,
  denominator: ratio?.denominator ?? 0,
  value: ratio ? rateOf(ratio) : null,
});

/**
 * Every given target's figures as of `today`, with a fixed number of queries however many targets:
 * the sharing-rate aggregation once per computed target, all confirmed reports at once, all history at once.
 */
export async function evaluateTargets(
  client: Client,
  rows: TargetRow[],
  today: string,
): Promise<EvaluatedTarget[]> {
  const targets = createTargetRepository(client);
  const ids = rows.map((row) => row.id);
  const [confirmed, snapshots] = await Promise.all([
    rows.some((row) => row.kind === "reported") ? targets.reportsOf(ids, "confirmed") : Promise.resolve([]),
    targets.history(ids),
  ]);
  const evaluated: EvaluatedTarget[] = [];
  for (const row of rows) {
    let byDepartment: TTargetDepartmentFigure[];
    if (row.kind === "computed") {
      const counts = await targets.sharingRateByProvider(isoDay(row.startDate), isoDay(row.deadline));
      byDepartment = counts.map((count) => figureOf(count.departmentId, count.departmentName, count));
    } else {
      const reported = reportedTargetRatio(
        confirmed
          .filter((report) => report.targetId === row.id)
          .map((report) => ({ ...report, periodEnd: isoDay(report.periodEnd) })),
        row.responsibleDepartments.map((link) => link.department.id),
      );
      byDepartment = row.responsibleDepartments.map(({ department }) =>
        figureOf(department.id, department.name, reported.byDepartment.get(department.id) ?? null),
      );
    }
    const total = sumRatios(byDepartment);
    const currentValue = rateOf(total);
    const history = snapshots
      .filter((snapshot) => snapshot.targetId === row.id)
      .map((snapshot) => ({
        day: isoDay(snapshot.day),
        numerator: snapshot.numerator,
        denominator: snapshot.denominator,
        value: rateOf(snapshot),
      }));
    const startDate = isoDay(row.startDate);
    const deadline = isoDay(row.deadline);
    evaluated.push({
      row,
      byDepartment,
      history,
      target: {
        id: row.id,
        code: row.code,
        name: row.name,
        definition: row.definition,
        targetValue: row.targetValue,
        startDate,
        deadline,
        kind: row.kind as TTarget["kind"],
        metric: row.metric as TTarget["metric"],
        currentValue,
        numerator: total.numerator,
        denominator: total.denominator,
        status: targetStatus({
          value: currentValue,
          targetValue: row.targetValue,
          startDate,
          deadline,
          today,
          history,
        }),
        version: row.rowVersion,
      },
    });
  }
  return evaluated;
}

export function toTargetReport(row: TargetReportRow): TTargetReport {
  return {
    id: row.id,
    targetId: row.targetId,
    targetName: row.target.name,
    department: row.department,
    periodStart: isoDay(row.periodStart),
    periodEnd: isoDay(row.periodEnd),
    numerator: row.numerator,
    denominator: row.denominator,
    note: row.note,
    state: row.state as TTargetReport["state"],
    dueDate: isoDay(row.dueDate),
    reviewComment: row.reviewComment,
    reviewedAt: row.reviewedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    version: row.rowVersion,
  };
}
