import { createWorkTaskRepository, type WorkTaskRow } from "@govshare/db";
import {
  AppError,
  isWorkTaskOverdue,
  mayReportWorkTaskProgress,
  maySetWorkTaskStatus,
  shanghaiDay,
  type Actor,
  type WorkTaskParties,
} from "@govshare/domain";
import {
  bilingual,
  type TWorkTask,
  type TWorkTaskAddUpdateInput,
  type TWorkTaskDetail,
  type TWorkTaskSetStatusInput,
  type TWorkTaskStatus,
} from "@govshare/validators";
import { inAuditedTransaction } from "../audit/record.ts";
import type { SignedInContext } from "../trpc.ts";

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

function partiesOf(row: WorkTaskRow): WorkTaskParties {
  const idsWith = (role: string) =>
    row.departments.filter((link) => link.role === role).map((link) => link.department.id);
  return { leadDepartmentIds: idsWith("lead"), responsibleDepartmentIds: idsWith("responsible") };
}

function toWorkTask(row: WorkTaskRow, actor: Actor, today: string): TWorkTask {
  const deadline = isoDay(row.deadline);
  const parties = partiesOf(row);
  return {
    id: row.id,
    number: row.number,
    section: row.section,
    title: row.title,
    description: row.description,
    leadUnits: row.leadUnits,
    responsibleUnits: row.responsibleUnits,
    deadlineText: row.deadlineText,
    deadline,
    wholeYear: row.wholeYear,
    status: row.status as TWorkTaskStatus,
    completedAt: row.completedAt?.toISOString() ?? null,
    rowVersion: row.rowVersion,
    overdue: isWorkTaskOverdue({ status: row.status, deadline }, today),
    progress: row.updates[0]?.progress ?? null,
    // in the plan's order: lead units first, each list as the plan names it
    departments: [...row.departments].sort(byPlanOrder(row)).map((link) => ({
      departmentId: link.department.id,
      name: link.department.name,
      role: link.role as "lead" | "responsible",
    })),
    mayReportProgress: mayReportWorkTaskProgress(actor, parties),
    maySetStatus: maySetWorkTaskStatus(actor, parties),
  };
}

function byPlanOrder(row: WorkTaskRow) {
  const position = (link: WorkTaskRow["departments"][number]) => {
    const units = link.role === "lead" ? row.leadUnits : row.responsibleUnits;
    const index = units.indexOf(link.department.name);
    // towns and streets (各镇（街道）) and renamed units after the named ones, in the tree's order
    return (
      (link.role === "lead" ? 0 : 1_000_000) +
      (index === -1 ? 1000 : index) * 1000 +
      link.department.sortOrder
    );
  };
  return (a: WorkTaskRow["departments"][number], b: WorkTaskRow["departments"][number]) =>
    position(a) - position(b);
}

const notFound = () => new AppError("NOT_FOUND", bilingual("工作任务不存在", "Work plan task not found"));

export async function listWorkTasks(ctx: SignedInContext): Promise<{ items: TWorkTask[] }> {
  const rows = await createWorkTaskRepository(ctx.database.prisma).findAll();
  const today = shanghaiDay(ctx.now());
  return { items: rows.map((row) => toWorkTask(row, ctx.actor, today)) };
}

export async function getWorkTask(ctx: SignedInContext, id: string): Promise<TWorkTaskDetail> {
  const tasks = createWorkTaskRepository(ctx.database.prisma);
  const row = await tasks.findById(id);
  if (!row) throw notFound();
  const updates = await tasks.updatesOf(id);
  return {
    ...toWorkTask(row, ctx.actor, shanghaiDay(ctx.now())),
    updates: updates.map((update) => ({
      id: update.id,
      departmentId: update.departmentId,
      departmentName: update.departmentName,
      authorName: update.authorName,
      progress: update.progress,
      text: update.text,
      createdAt: update.createdAt.toISOString(),
    })),
  };
}

/**
 * An officer of a lead or responsible unit reports progress (工作台账 updates). The first report
 * starts a task that had not started, so that the plan shows it under way.
 */
export async function addWorkTaskUpdate(
  ctx: SignedInContext,
  input: TWorkTaskAddUpdateInput,
): Promise<TWorkTaskDetail> {
  await inAuditedTransaction(ctx, async (tx, recordAudit) => {
    const tasks = createWorkTaskRepository(tx);
    const row = await tasks.findById(input.taskId);
    if (!row) throw notFound();
    if (!mayReportWorkTaskProgress(ctx.actor, partiesOf(row))) {
      throw new AppError(
        "FORBIDDEN",
        bilingual(
          "只有牵头单位和责任单位可以填报进展",
          "Only the lead and responsible units' officers report progress",
        ),
      );
    }
    const update = await tasks.addUpdate({
      taskId: row.id,
      departmentId: ctx.actor.departmentId,
      authorId: ctx.actor.userId,
      progress: input.progress,
      text: input.text,
      createdAt: ctx.now(),
    });
    if (row.status === "not_started") {
      const started = await tasks.setStatusIfVersion(row.id, row.rowVersion, {
        status: "in_progress",
        completedAt: null,
      });
      if (!started) throw changedMeanwhile();
    }
    await recordAudit({
      action: "work_task.update",
      subjectType: "work_task",
      subjectId: row.id,
      before: { status: row.status },
      after: {
        progress: input.progress,
        text: input.text,
        update: update.id,
        status: row.status === "not_started" ? "in_progress" : row.status,
      },
    });
  });
  return getWorkTask(ctx, input.taskId);
}

const changedMeanwhile = () =>
  new AppError(
    "CONFLICT",
    bilingual("任务已被他人修改，请刷新后重试", "The task was changed meanwhile: reload and retry"),
  );

/** The lead unit's officers (or the centre) mark a task under way, done, or back to not started. */
export async function setWorkTaskStatus(
  ctx: SignedInContext,
  input: TWorkTaskSetStatusInput,
): Promise<TWorkTaskDetail> {
  await inAuditedTransaction(ctx, async (tx, recordAudit) => {
    const tasks = createWorkTaskRepository(tx);
    const row = await tasks.findById(input.taskId);
    if (!row) throw notFound();
    if (!maySetWorkTaskStatus(ctx.actor, partiesOf(row))) {
      throw new AppError(
        "FORBIDDEN",
        bilingual(
          "只有牵头单位或区信息中心可以变更任务状态",
          "Only the lead unit's officers or the information centre change a task's status",
        ),
      );
    }
    const updated = await tasks.setStatusIfVersion(row.id, input.rowVersion, {
      status: input.status,
      completedAt: input.status === "done" ? ctx.now() : null,
    });
    if (!updated) throw changedMeanwhile();
    await recordAudit({
      action: "work_task.status",
      subjectType: "work_task",
      subjectId: row.id,
      before: { status: row.status },
      after: { status: input.status },
    });
  });
  return getWorkTask(ctx, input.taskId);
}
