import { createObjectionRepository, createResourceRepository, type ObjectionRow } from "@govshare/db";
import {
  addWorkingDays,
  AppError,
  hasAnyRole,
  shanghaiDay,
  workingDaysBetween,
  type WorkingDayCalendar,
} from "@govshare/domain";
import { bilingual, type TObjection, type TObjectionListInput, type TPage } from "@govshare/validators";
import { inAuditedTransaction } from "../audit/record.ts";
import { loadCalendar } from "../calendar/service.ts";
import { notify } from "../notifications/service.ts";
import type { SignedInContext } from "../trpc.ts";

/** The provider verifies within this many working days (configurable here; the default). */
export const OBJECTION_ANSWER_WORKING_DAYS = 5;

/** The console's objections list: the provider's box to verify, or the reporter's own. */
const objectionLink = (box: "incoming" | "mine") => (box === "mine" ? "/objections?box=mine" : "/objections");

const toDate = (day: string) => new Date(`${day}T00:00:00Z`);
const isoDay = (date: Date) => date.toISOString().slice(0, 10);

function toObjection(row: ObjectionRow, calendar: WorkingDayCalendar, today: string): TObjection {
  const due = isoDay(row.dueDate);
  const open = row.state === "open";
  return {
    id: row.id,
    resource: row.resource,
    providerDepartmentId: row.providerDepartmentId,
    reporterDepartmentId: row.reporterDepartmentId,
    items: row.items,
    description: row.description,
    state: row.state as TObjection["state"],
    dueDate: due,
    workingDaysLeft: open ? workingDaysBetween(calendar, today, due) : null,
    overdue: open && today > due,
    answer: row.answer,
    answeredAt: row.answeredAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

async function view(ctx: SignedInContext, rows: ObjectionRow[]): Promise<TObjection[]> {
  const calendar = await loadCalendar(ctx.database.prisma);
  const today = shanghaiDay(ctx.now());
  return rows.map((row) => toObjection(row, calendar, today));
}

/** Anyone signed in who uses a published resource can report wrong data in it. */
export async function fileObjection(
  ctx: SignedInContext,
  input: { resourceId: string; items: string[]; description: string },
): Promise<TObjection> {
  const row = await inAuditedTransaction(ctx, async (tx, recordAudit) => {
    const resource = await createResourceRepository(tx).findById(input.resourceId);
    if (!resource || resource.status !== "published") {
      throw new AppError(
        "NOT_FOUND",
        bilingual("只能对已发布的信息资源提出疑义", "Objections concern published resources only"),
      );
    }
    const known = new Set(resource.dataItems.map((item) => item.name));
    const unknown = input.items.filter((item) => !known.has(item));
    if (unknown.length)
      throw new AppError(
        "BAD_REQUEST",
        bilingual(`没有这些信息项：${unknown.join("、")}`, `No data items named: ${unknown.join(", ")}`),
      );
    const calendar = await loadCalendar(tx);
    const created = await createObjectionRepository(tx).create({
      resourceId: resource.id,
      providerDepartmentId: resource.providerId,
      reporterDepartmentId: ctx.actor.departmentId,
      reporterUserId: ctx.actor.userId,
      items: input.items,
      description: input.description,
      state: "open",
      dueDate: toDate(addWorkingDays(calendar, shanghaiDay(ctx.now()), OBJECTION_ANSWER_WORKING_DAYS)),
      createdAt: ctx.now(),
    });
    await recordAudit({
      action: "objection.create",
      subjectType: "objection",
      subjectId: created.id,
      after: { resource: resource.code, items: input.items },
    });
    await notify(tx, {
      to: { departmentId: resource.providerId, role: "officer" },
      kind: "objection_filed",
      params: { resourceName: resource.name, resourceCode: resource.code },
      link: objectionLink("incoming"),
      subjectType: "objection",
      subjectId: created.id,
      at: ctx.now(),
      actorId: ctx.actor.userId,
    });
    return created;
  });
  return (await view(ctx, [row]))[0]!;
}

/** The provider's officers record what they found: corrected, or the data was right (rejected). */
export async function answerObjection(
  ctx: SignedInContext,
  input: { id: string; outcome: "corrected" | "rejected"; answer: string },
): Promise<TObjection> {
  const row = await inAuditedTransaction(ctx, async (tx, recordAudit) => {
    const objections = createObjectionRepository(tx);
    const current = await objections.findById(input.id);
    if (!current) throw new AppError("NOT_FOUND", bilingual("疑义不存在", "Objection not found"));
    if (!ctx.actor.roles.includes("officer") || ctx.actor.departmentId !== current.providerDepartmentId) {
      throw new AppError(
        "FORBIDDEN",
        bilingual("只有提供方部门可以核实答复", "Only the provider's officers answer"),
      );
    }
    const answered = await objections.answerIfVersion(current.id, current.rowVersion, {
      state: input.outcome,
      answer: input.answer,
      answeredAt: ctx.now(),
    });
    if (!answered)
      throw new AppError("CONFLICT", bilingual("该疑义已答复", "The objection was already answered"));
    await recordAudit({
      action: `objection.${input.outcome}`,
      subjectType: "objection",
      subjectId: current.id,
      before: { state: current.state },
      after: { state: input.outcome, answer: input.answer },
    });
    await notify(tx, {
      to: { userIds: [current.reporterUserId] },
      kind: "objection_answered",
      params: {
        resourceName: current.resource.name,
        resourceCode: current.resource.code,
        outcome: input.outcome,
      },
      link: objectionLink("mine"),
      subjectType: "objection",
      subjectId: current.id,
      at: ctx.now(),
      actorId: ctx.actor.userId,
    });
    return answered;
  });
  return (await view(ctx, [row]))[0]!;
}

export async function listObjections(
  ctx: SignedInContext,
  input: TObjectionListInput,
): Promise<TPage<TObjection>> {
  const department = ctx.actor.departmentId;
  const everyone = hasAnyRole(ctx.actor, ["centre", "supervisor", "admin"]);
  const scope = everyone
    ? {}
    : { OR: [{ reporterDepartmentId: department }, { providerDepartmentId: department }] };
  const box = {
    mine: { reporterDepartmentId: department },
    incoming: { providerDepartmentId: department },
    overdue: { state: "open", dueDate: { lt: toDate(shanghaiDay(ctx.now())) } },
    all: {},
  }[input.box ?? "all"];
  const { items, total } = await createObjectionRepository(ctx.database.prisma).findPage(
    (input.page - 1) * input.pageSize,
    input.pageSize,
    {
      AND: [
        scope,
        box,
        input.filters?.state ? { state: input.filters.state } : {},
        input.filters?.resourceId ? { resourceId: input.filters.resourceId } : {},
      ],
    },
  );
  return { items: await view(ctx, items), total, page: input.page, pageSize: input.pageSize };
}
