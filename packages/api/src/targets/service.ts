import { createTargetRepository } from "@govshare/db";
import { addWorkingDays, AppError, hasAnyRole, shanghaiDay, type Actor } from "@govshare/domain";
import {
  bilingual,
  type TPage,
  type TTarget,
  type TTargetDetail,
  type TTargetReport,
  type TTargetReportInput,
  type TTargetReportListInput,
  type TTargetReviewReportInput,
  type TTargetUpdateInput,
} from "@govshare/validators";
import { inAuditedTransaction } from "../audit/record.ts";
import { loadCalendar } from "../calendar/service.ts";
import type { Context } from "../context.ts";
import type { SignedInContext } from "../trpc.ts";
import { evaluateTargets, isoDay, toDate, toTargetReport } from "./evaluate.ts";

/** The centre confirms or returns a report within 5 working days (shown on the supervision board). */
export const TARGET_REPORT_REVIEW_WORKING_DAYS = 5;

const notFound = () => new AppError("NOT_FOUND", bilingual("目标不存在", "Target not found"));
const reportNotFound = () =>
  new AppError("NOT_FOUND", bilingual("目标报送不存在", "Target report not found"));
const changedMeanwhile = () =>
  new AppError(
    "CONFLICT",
    bilingual("已被他人修改，请刷新后重试", "It was changed meanwhile: reload and retry"),
  );

/** Who reads every department's reports; officers read their own department's. */
const readsAllReports = (actor: Actor) => hasAnyRole(actor, ["centre", "supervisor", "admin"]);

export async function listTargets(ctx: Context): Promise<TTarget[]> {
  const rows = await createTargetRepository(ctx.database.prisma).list();
  const evaluated = await evaluateTargets(ctx.database.prisma, rows, shanghaiDay(ctx.now()));
  return evaluated.map((item) => item.target);
}

export async function getTarget(ctx: SignedInContext, id: string): Promise<TTargetDetail> {
  const targets = createTargetRepository(ctx.database.prisma);
  const row = await targets.findById(id);
  if (!row) throw notFound();
  const [[evaluated], reports, tasks] = await Promise.all([
    evaluateTargets(ctx.database.prisma, [row], shanghaiDay(ctx.now())),
    targets.reportsOf([id]),
    targets.tasksOf(id),
  ]);
  const visibleReports = readsAllReports(ctx.actor)
    ? reports
    : reports.filter((report) => report.departmentId === ctx.actor.departmentId);
  return {
    ...evaluated!.target,
    byDepartment: evaluated!.byDepartment,
    history: evaluated!.history,
    reports: visibleReports.map(toTargetReport),
    tasks: tasks.map(({ task }) => ({ ...task, deadline: isoDay(task.deadline) })),
    responsibleDepartments: row.responsibleDepartments.map((link) => link.department),
  };
}

/** The centre changes a target's definition, deadline or value; the change is audited with before/after. */
export async function updateTarget(ctx: SignedInContext, input: TTargetUpdateInput): Promise<TTarget> {
  await inAuditedTransaction(ctx, async (tx, recordAudit) => {
    const targets = createTargetRepository(tx);
    const row = await targets.findById(input.id);
    if (!row) throw notFound();
    if (row.rowVersion !== input.version) throw changedMeanwhile();
    if (input.deadline && input.deadline < isoDay(row.startDate)) {
      const message = bilingual("截止日期不能早于开始日期", "The deadline cannot be before the start date");
      throw new AppError("BAD_REQUEST", message, { deadline: [message] });
    }
    const data = {
      ...(input.definition !== undefined ? { definition: input.definition } : {}),
      ...(input.deadline !== undefined ? { deadline: toDate(input.deadline) } : {}),
      ...(input.targetValue !== undefined ? { targetValue: input.targetValue } : {}),
    };
    if (!(await targets.update(row.id, row.rowVersion, data))) throw changedMeanwhile();
    await recordAudit({
      action: "target.update",
      subjectType: "target",
      subjectId: row.id,
      before: { definition: row.definition, deadline: isoDay(row.deadline), targetValue: row.targetValue },
      after: { ...input, id: undefined, version: undefined },
    });
  });
  return (await listTargets(ctx)).find((target) => target.id === input.id)!;
}

/** An officer of a responsible department reports its figures for a reported target. */
export async function reportTarget(ctx: SignedInContext, input: TTargetReportInput): Promise<TTargetReport> {
  const row = await inAuditedTransaction(ctx, async (tx, recordAudit) => {
    const targets = createTargetRepository(tx);
    const target = await targets.findById(input.targetId);
    if (!target) throw notFound();
    if (target.kind !== "reported") {
      throw new AppError(
        "BAD_REQUEST",
        bilingual(
          "该目标由平台数据自动计算，无需报送",
          "This target is computed from the platform's data: nothing to report",
        ),
      );
    }
    const responsible = target.responsibleDepartments.some(
      (link) => link.department.id === ctx.actor.departmentId,
    );
    if (!responsible) {
      throw new AppError(
        "FORBIDDEN",
        bilingual("只有该目标的责任单位可以报送", "Only the target's responsible departments report it"),
      );
    }
    const calendar = await loadCalendar(tx);
    const created = await targets.createReport({
      targetId: target.id,
      departmentId: ctx.actor.departmentId,
      periodStart: toDate(input.periodStart),
      periodEnd: toDate(input.periodEnd),
      numerator: input.numerator,
      denominator: input.denominator,
      note: input.note,
      state: "submitted",
      dueDate: toDate(addWorkingDays(calendar, shanghaiDay(ctx.now()), TARGET_REPORT_REVIEW_WORKING_DAYS)),
      reportedById: ctx.actor.userId,
      createdAt: ctx.now(),
    });
    await recordAudit({
      action: "target.report",
      subjectType: "target_report",
      subjectId: created.id,
      after: {
        target: target.code,
        periodStart: input.periodStart,
        periodEnd: input.periodEnd,
        numerator: input.numerator,
        denominator: input.denominator,
      },
    });
    return created;
  });
  return toTargetReport(row);
}

/** The centre confirms a submitted report (it then counts) or returns it with a comment. */
export async function reviewTargetReport(
  ctx: SignedInContext,
  input: TTargetReviewReportInput,
): Promise<TTargetReport> {
  const row = await inAuditedTransaction(ctx, async (tx, recordAudit) => {
    const targets = createTargetRepository(tx);
    const report = await targets.findReport(input.id);
    if (!report) throw reportNotFound();
    if (report.state !== "submitted") {
      throw new AppError(
        "CONFLICT",
        bilingual("该报送已处理，请刷新后查看", "This report was already reviewed: reload to see it"),
      );
    }
    const state = input.decision === "confirm" ? "confirmed" : "returned";
    const moved = await targets.reviewReport(report.id, report.rowVersion, {
      state,
      reviewComment: input.comment || null,
      reviewedById: ctx.actor.userId,
      reviewedAt: ctx.now(),
    });
    if (!moved) throw changedMeanwhile();
    await recordAudit({
      action: "target.review_report",
      subjectType: "target_report",
      subjectId: report.id,
      before: { state: report.state },
      after: { state, comment: input.comment || null },
    });
    return (await targets.findReport(report.id))!;
  });
  return toTargetReport(row);
}

export async function listTargetReports(
  ctx: SignedInContext,
  input: TTargetReportListInput,
): Promise<TPage<TTargetReport>> {
  const { items, total } = await createTargetRepository(ctx.database.prisma).reportPage({
    targetId: input.targetId,
    state: input.state,
    departmentId: readsAllReports(ctx.actor) ? undefined : ctx.actor.departmentId,
    skip: (input.page - 1) * input.pageSize,
    take: input.pageSize,
  });
  return { items: items.map(toTargetReport), total, page: input.page, pageSize: input.pageSize };
}

/**
 * Today's figures of every target (district and per department), replacing any taken earlier today.
 * The daily job and `targets.snapshot` both call this.
 */
export async function snapshotTargets(ctx: Context): Promise<{ day: string; targets: number }> {
  const today = shanghaiDay(ctx.now());
  return inAuditedTransaction(ctx, async (tx, recordAudit) => {
    const targets = createTargetRepository(tx);
    const evaluated = await evaluateTargets(tx, await targets.list(), today);
    for (const { target, byDepartment } of evaluated) {
      await targets.upsertSnapshot({
        targetId: target.id,
        day: toDate(today),
        numerator: target.numerator,
        denominator: target.denominator,
        byDepartment: byDepartment.map(({ departmentId, numerator, denominator }) => ({
          departmentId,
          numerator,
          denominator,
        })),
        takenAt: ctx.now(),
      });
    }
    await recordAudit({
      action: "target.snapshot",
      subjectType: "target_snapshot",
      subjectId: null,
      after: { day: today, targets: evaluated.length },
      ...(ctx.principal ? {} : { actorLabel: "system" }),
    });
    return { day: today, targets: evaluated.length };
  });
}

/** The daily job: takes today's snapshots unless every target already has one. Null when nothing was due. */
export async function snapshotTargetsIfMissing(
  ctx: Context,
): Promise<{ day: string; targets: number } | null> {
  const today = toDate(shanghaiDay(ctx.now()));
  const missing = await createTargetRepository(ctx.database.prisma).countWithoutSnapshot(today);
  return missing > 0 ? snapshotTargets(ctx) : null;
}
