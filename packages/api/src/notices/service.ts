import { createDepartmentRepository, createNoticeRepository, type NoticeRow } from "@govshare/db";
import {
  AppError,
  hasAnyRole,
  shanghaiDay,
  workingDaysLeft,
  type WorkingDayCalendar,
} from "@govshare/domain";
import {
  bilingual,
  type TNotice,
  type TNoticeCreateInput,
  type TNoticeListInput,
  type TPage,
} from "@govshare/validators";
import { inAuditedTransaction } from "../audit/record.ts";
import { loadCalendar } from "../calendar/service.ts";
import { notify } from "../notifications/service.ts";
import type { SignedInContext } from "../trpc.ts";

/** Supervisors and the centre see every notice; an officer only those sent to their department. */
const READ_ALL_NOTICES = ["supervisor", "centre"] as const;

const toDate = (day: string) => new Date(`${day}T00:00:00Z`);
const isoDay = (date: Date) => date.toISOString().slice(0, 10);

function toNotice(row: NoticeRow, calendar: WorkingDayCalendar, today: string): TNotice {
  const due = isoDay(row.replyDueDate);
  const open = row.state === "open";
  return {
    id: row.id,
    department: row.department,
    subjectType: row.subjectType as TNotice["subjectType"],
    subjectId: row.subjectId,
    subjectLabel: row.subjectLabel,
    text: row.text,
    replyDueDate: due,
    state: row.state as TNotice["state"],
    reply: row.reply,
    repliedAt: row.repliedAt?.toISOString() ?? null,
    repliedByName: row.repliedByName,
    sentByName: row.sentByName,
    createdAt: row.createdAt.toISOString(),
    workingDaysLeft: open ? workingDaysLeft(calendar, today, due) : null,
    overdue: open && today > due,
  };
}

async function view(ctx: SignedInContext, rows: NoticeRow[]): Promise<TNotice[]> {
  const calendar = await loadCalendar(ctx.database.prisma);
  const today = shanghaiDay(ctx.now());
  return rows.map((row) => toNotice(row, calendar, today));
}

const notFound = () => new AppError("NOT_FOUND", bilingual("督办通知不存在", "Notice not found"));

/** Whether the caller may read this notice: readers of all, or an officer of the addressed department. */
function mayRead(ctx: SignedInContext, row: NoticeRow): boolean {
  return hasAnyRole(ctx.actor, READ_ALL_NOTICES) || ctx.actor.departmentId === row.departmentId;
}

/** 督办: a supervisor tells a department to act on something by a day; its officers are notified. */
export async function createNotice(ctx: SignedInContext, input: TNoticeCreateInput): Promise<TNotice> {
  const today = shanghaiDay(ctx.now());
  if (input.replyDueDate < today) {
    throw new AppError(
      "BAD_REQUEST",
      bilingual("答复期限不能早于今天", "The reply date cannot be in the past"),
      {
        replyDueDate: [bilingual("答复期限不能早于今天", "The reply date cannot be in the past")],
      },
    );
  }
  const row = await inAuditedTransaction(ctx, async (tx, recordAudit) => {
    const department = await createDepartmentRepository(tx).findById(input.departmentId);
    if (!department) {
      throw new AppError("BAD_REQUEST", bilingual("督办部门不存在", "No such department"), {
        departmentId: [bilingual("督办部门不存在", "No such department")],
      });
    }
    const created = await createNoticeRepository(tx).create({
      departmentId: department.id,
      subjectType: input.subjectType,
      subjectId: input.subjectId,
      subjectLabel: input.subjectLabel,
      text: input.text,
      replyDueDate: toDate(input.replyDueDate),
      sentById: ctx.actor.userId,
      createdAt: ctx.now(),
    });
    await recordAudit({
      action: "notice.create",
      subjectType: "supervision_notice",
      subjectId: created.id,
      after: {
        department: department.name,
        subjectType: input.subjectType,
        subjectId: input.subjectId,
        subjectLabel: input.subjectLabel,
        text: input.text,
        replyDueDate: input.replyDueDate,
      },
    });
    await notify(tx, {
      to: { departmentId: department.id, role: "officer" },
      kind: "notice_received",
      // `title` is what the console's notification sentence (notice_received) names
      params: { title: input.subjectLabel, replyDueDate: input.replyDueDate },
      link: `/notices/${created.id}`,
      subjectType: "supervision_notice",
      subjectId: created.id,
      at: ctx.now(),
      actorId: ctx.actor.userId,
    });
    return created;
  });
  return (await view(ctx, [row]))[0]!;
}

export async function listNotices(ctx: SignedInContext, input: TNoticeListInput): Promise<TPage<TNotice>> {
  const { items, total } = await createNoticeRepository(ctx.database.prisma).findPage({
    skip: (input.page - 1) * input.pageSize,
    take: input.pageSize,
    state: input.state,
    departmentId: hasAnyRole(ctx.actor, READ_ALL_NOTICES) ? undefined : ctx.actor.departmentId,
  });
  return { items: await view(ctx, items), total, page: input.page, pageSize: input.pageSize };
}

export async function getNotice(ctx: SignedInContext, id: string): Promise<TNotice> {
  const row = await createNoticeRepository(ctx.database.prisma).findById(id);
  // another department's notice reads as missing: its existence is not the caller's business
  if (!row || !mayRead(ctx, row)) throw notFound();
  return (await view(ctx, [row]))[0]!;
}

/** The addressed department's officer answers (once; a closed notice takes no reply). */
export async function replyToNotice(
  ctx: SignedInContext,
  input: { id: string; reply: string },
): Promise<TNotice> {
  const row = await inAuditedTransaction(ctx, async (tx, recordAudit) => {
    const notices = createNoticeRepository(tx);
    const current = await notices.findById(input.id);
    if (!current || !mayRead(ctx, current)) throw notFound();
    if (!ctx.actor.roles.includes("officer") || ctx.actor.departmentId !== current.departmentId) {
      throw new AppError(
        "FORBIDDEN",
        bilingual("只有被督办部门可以答复", "Only the addressed department's officers reply"),
      );
    }
    const replied = await notices.transitionIfVersion(current.id, current.rowVersion, ["open"], {
      state: "replied",
      reply: input.reply,
      repliedAt: ctx.now(),
      repliedById: ctx.actor.userId,
    });
    if (!replied)
      throw new AppError(
        "CONFLICT",
        bilingual("该督办已答复或已办结", "The notice was already answered or closed"),
      );
    await recordAudit({
      action: "notice.reply",
      subjectType: "supervision_notice",
      subjectId: current.id,
      before: { state: current.state },
      after: { state: "replied", reply: input.reply },
    });
    return replied;
  });
  return (await view(ctx, [row]))[0]!;
}

/** The supervisor closes a notice (办结), answered or not. */
export async function closeNotice(ctx: SignedInContext, id: string): Promise<TNotice> {
  const row = await inAuditedTransaction(ctx, async (tx, recordAudit) => {
    const notices = createNoticeRepository(tx);
    const current = await notices.findById(id);
    if (!current) throw notFound();
    const closed = await notices.transitionIfVersion(current.id, current.rowVersion, ["open", "replied"], {
      state: "closed",
    });
    if (!closed) throw new AppError("CONFLICT", bilingual("该督办已办结", "The notice is already closed"));
    await recordAudit({
      action: "notice.close",
      subjectType: "supervision_notice",
      subjectId: current.id,
      before: { state: current.state },
      after: { state: "closed" },
    });
    return closed;
  });
  return (await view(ctx, [row]))[0]!;
}
