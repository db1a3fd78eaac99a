import {
  createResourceRepository,
  createSharingRepository,
  type SharingRequestRow,
  type Transaction,
} from "@govshare/db";
import {
  addWorkingDays,
  AppError,
  applyEvent,
  hasAnyRole,
  initialState,
  isOpen,
  shanghaiDay,
  workingDaysBetween,
  type Actor,
  type RequestEvent,
  type RequestState,
  type WorkingDayCalendar,
} from "@govshare/domain";
import {
  bilingual,
  type TPage,
  type TSharingCreateInput,
  type TSharingDecideInput,
  type TSharingDetail,
  type TSharingListInput,
  type TSharingRequest,
} from "@govshare/validators";
import { inAuditedTransaction, type RecordAudit } from "../audit/record.ts";
import { loadCalendar } from "../calendar/service.ts";
import type { Context } from "../context.ts";
import type { SignedInContext } from "../trpc.ts";
import { creationNotice, notifyAboutRequest, requestParties } from "./sharing-notifications.ts";

/** 国发〔2016〕51号: the provider answers within 10 working days; the centre's step defaults to 5. */
export const SHARING_DEADLINES = { providerWorkingDays: 10, centreWorkingDays: 5, warnWorkingDays: 2 };

const toDate = (day: string) => new Date(`${day}T00:00:00Z`);
const isoDay = (date: Date) => date.toISOString().slice(0, 10);

const notFound = () => new AppError("NOT_FOUND", bilingual("共享申请不存在", "Sharing request not found"));
const decidedMeanwhile = () =>
  new AppError(
    "CONFLICT",
    bilingual("该申请已被他人处理，请刷新后查看", "The request was decided meanwhile: reload to see it"),
  );

/** The requester's and the provider's departments see a request; so do the centre, supervisors and admins. */
function canSee(actor: Actor, row: SharingRequestRow): boolean {
  return (
    hasAnyRole(actor, ["centre", "supervisor", "admin"]) ||
    actor.departmentId === row.requesterDepartmentId ||
    actor.departmentId === row.providerDepartmentId
  );
}

function toRequest(row: SharingRequestRow, calendar: WorkingDayCalendar, today: string): TSharingRequest {
  const due = row.dueDate && isOpen(row.state as RequestState) ? isoDay(row.dueDate) : null;
  const left = due ? workingDaysBetween(calendar, today, due) : null;
  return {
    id: row.id,
    resource: row.resource,
    requesterDepartment: row.requesterDepartment,
    providerDepartmentId: row.providerDepartmentId,
    sharingType: row.sharingType as TSharingRequest["sharingType"],
    purpose: row.purpose,
    basis: row.basis,
    method: row.method,
    requestedItems: row.requestedItems,
    grantedItems: row.grantedItems,
    useUntil: row.useUntil ? isoDay(row.useUntil) : null,
    state: row.state as RequestState,
    dueDate: due,
    workingDaysLeft: left,
    warning: left !== null && left >= 0 && left <= SHARING_DEADLINES.warnWorkingDays,
    overdue: due !== null && today > due,
    escalated: row.escalatedAt !== null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
    revokeReason: row.revokeReason,
    version: row.rowVersion,
    createdAt: row.createdAt.toISOString(),
  };
}

async function view(ctx: Context, rows: SharingRequestRow[]): Promise<TSharingRequest[]> {
  const calendar = await loadCalendar(ctx.database.prisma);
  const today = shanghaiDay(ctx.now());
  return rows.map((row) => toRequest(row, calendar, today));
}

/**
 * A department asks for a published resource of another department. Unconditional: granted at once.
 * Conditional: the provider has 10 working days. Not shared: the centre coordinates.
 */
export async function createSharingRequest(
  ctx: SignedInContext,
  input: TSharingCreateInput,
): Promise<TSharingRequest> {
  const row = await inAuditedTransaction(ctx, async (tx, recordAudit) => {
    const resource = await createResourceRepository(tx).findById(input.resourceId);
    if (!resource || resource.status !== "published") {
      throw new AppError(
        "NOT_FOUND",
        bilingual("只能申请已发布的信息资源", "Only published resources can be requested"),
      );
    }
    if (resource.providerId === ctx.actor.departmentId) {
      throw new AppError(
        "BAD_REQUEST",
        bilingual("本部门的信息资源无需申请", "Your own department's resources need no request"),
      );
    }
    const known = new Set(resource.dataItems.map((item) => item.name));
    const unknown = input.items.filter((item) => !known.has(item));
    if (unknown.length) {
      const message = bilingual(
        `信息资源没有这些信息项：${unknown.join("、")}`,
        `The resource has no data items named: ${unknown.join(", ")}`,
      );
      throw new AppError("BAD_REQUEST", message, { items: [message] });
    }
    const calendar = await loadCalendar(tx);
    const today = shanghaiDay(ctx.now());
    const state = initialState(resource.sharingType as "unconditional" | "conditional" | "none");
    const dueDays =
      state === "awaiting_provider"
        ? SHARING_DEADLINES.providerWorkingDays
        : SHARING_DEADLINES.centreWorkingDays;
    const sharing = createSharingRepository(tx);
    const created = await sharing.create({
      resourceId: resource.id,
      requesterDepartmentId: ctx.actor.departmentId,
      requesterUserId: ctx.actor.userId,
      providerDepartmentId: resource.providerId,
      sharingType: resource.sharingType,
      purpose: input.purpose,
      basis: input.basis,
      method: input.method,
      requestedItems: input.items,
      grantedItems: state === "granted" ? input.items : [],
      useUntil: input.useUntil ? toDate(input.useUntil) : null,
      state,
      dueDate: isOpen(state) ? toDate(addWorkingDays(calendar, today, dueDays)) : null,
      createdAt: ctx.now(),
    });
    await sharing.addStep({
      requestId: created.id,
      kind: "create",
      actorId: ctx.actor.userId,
      actorLabel: ctx.actor.username,
      text: input.purpose,
      items: input.items,
      at: ctx.now(),
    });
    await recordAudit({
      action: "sharing.create",
      subjectType: "sharing_request",
      subjectId: created.id,
      after: { state, resource: resource.code, items: input.items },
    });
    await notifyAboutRequest(tx, created, {
      ...creationNotice(created),
      at: ctx.now(),
      actorId: ctx.actor.userId,
    });
    return created;
  });
  return (await view(ctx, [row]))[0]!;
}

async function loadVisible(
  ctx: SignedInContext,
  tx: Transaction | undefined,
  id: string,
): Promise<SharingRequestRow> {
  const row = await createSharingRepository(tx ?? ctx.database.prisma).findById(id);
  if (!row || !canSee(ctx.actor, row)) throw notFound();
  return row;
}

/**
 * A decision at the step the request is at: the provider's officers decide the provider step, the
 * centre decides its step. Optimistic concurrency (row version) makes exactly one of concurrent
 * deciders win; an idempotency key makes a retried decision answer without deciding twice.
 */
export async function decideSharingRequest(
  ctx: SignedInContext,
  input: TSharingDecideInput,
): Promise<TSharingRequest> {
  const retried = await createSharingRepository(ctx.database.prisma).findStepByKey(input.idempotencyKey);
  if (retried && retried.requestId !== input.id) {
    throw new AppError(
      "CONFLICT",
      bilingual("该幂等键已用于另一申请", "This idempotency key was used for another request"),
    );
  }
  if (retried) return getSharingRequest(ctx, retried.requestId);
  const row = await inAuditedTransaction(ctx, async (tx, recordAudit) => {
    const current = await loadVisible(ctx, tx, input.id);
    const state = current.state as RequestState;
    // an escalated provider step (overdue) may also be settled by the centre, which then decides it whole
    const centreTakesOver =
      state === "awaiting_provider" && current.escalatedAt !== null && ctx.actor.roles.includes("centre");
    const providerStep = state === "awaiting_provider" && !centreTakesOver;
    const providerOfficer =
      ctx.actor.roles.includes("officer") && ctx.actor.departmentId === current.providerDepartmentId;
    if (centreTakesOver) {
      // settled below as the provider step, then at once as the centre's
    } else if (!providerStep && providerOfficer && !ctx.actor.roles.includes("centre")) {
      // the provider's step is over (someone else answered first): a conflict, not a lack of rights
      throw decidedMeanwhile();
    } else if (providerStep) {
      if (!ctx.actor.roles.includes("officer") || ctx.actor.departmentId !== current.providerDepartmentId) {
        throw new AppError(
          "FORBIDDEN",
          bilingual(
            "只有提供方部门的数据管理员可以答复",
            "Only the provider's data officers answer this step",
          ),
        );
      }
    } else if (state === "awaiting_centre" || state === "coordinating") {
      if (!ctx.actor.roles.includes("centre")) {
        throw new AppError(
          "FORBIDDEN",
          bilingual("此步骤由区信息中心审批", "The information centre decides this step"),
        );
      }
    }
    const event: RequestEvent =
      `${providerStep || centreTakesOver ? "provider" : "centre"}_${input.decision}` as RequestEvent;
    let next = applyEvent(state, event);
    if (centreTakesOver && next === "awaiting_centre") next = applyEvent(next, "centre_approve");
    let grantedItems = current.grantedItems;
    if (event === "provider_approve") {
      grantedItems = input.items ?? current.requestedItems;
      const extra = grantedItems.filter((item) => !current.requestedItems.includes(item));
      if (extra.length)
        throw new AppError(
          "BAD_REQUEST",
          bilingual("只能批准所申请的信息项", "Only requested data items can be approved"),
        );
    } else if (event === "centre_approve" && current.sharingType === "none") {
      grantedItems = input.items ?? current.requestedItems;
    }
    const calendar = await loadCalendar(tx);
    const dueDate =
      next === "awaiting_centre"
        ? toDate(addWorkingDays(calendar, shanghaiDay(ctx.now()), SHARING_DEADLINES.centreWorkingDays))
        : null;
    const sharing = createSharingRepository(tx);
    const updated = await sharing.updateIfVersion(current.id, current.rowVersion, {
      state: next,
      grantedItems: next === "rejected" ? [] : grantedItems,
      dueDate,
    });
    if (!updated) throw decidedMeanwhile();
    await sharing.addStep({
      requestId: current.id,
      kind: event,
      actorId: ctx.actor.userId,
      actorLabel: ctx.actor.username,
      text: input.reason ?? null,
      items: next === "rejected" ? [] : grantedItems,
      idempotencyKey: input.idempotencyKey,
      at: ctx.now(),
    });
    await recordAudit({
      action: `sharing.${event}`,
      subjectType: "sharing_request",
      subjectId: current.id,
      before: { state },
      after: { state: next, items: grantedItems, reason: input.reason ?? null },
    });
    const notice = { at: ctx.now(), actorId: ctx.actor.userId, params: { decision: input.decision } };
    if (providerStep) {
      await notifyAboutRequest(tx, updated, {
        ...notice,
        kind: "sharing_provider_decided",
        to: [requestParties.requester(updated)],
      });
      if (next === "awaiting_centre") {
        await notifyAboutRequest(tx, updated, {
          ...notice,
          kind: "sharing_awaiting_centre",
          to: [requestParties.centre],
        });
      }
    } else {
      await notifyAboutRequest(tx, updated, {
        ...notice,
        kind: "sharing_centre_decided",
        to: [requestParties.requester(updated), requestParties.providerOfficers(updated)],
      });
    }
    return updated;
  }).catch(async (error: unknown) => {
    // two requests with one idempotency key raced: the loser answers as a retry
    if ((error as { code?: string }).code === "P2002") {
      const step = await createSharingRepository(ctx.database.prisma).findStepByKey(input.idempotencyKey);
      if (step)
        return createSharingRepository(ctx.database.prisma)
          .findById(step.requestId)
          .then((found) => found!);
    }
    throw error;
  });
  return (await view(ctx, [row]))[0]!;
}

async function simpleStep(
  ctx: SignedInContext,
  id: string,
  check: (row: SharingRequestRow) => void,
  change: (
    tx: Transaction,
    row: SharingRequestRow,
    recordAudit: RecordAudit,
  ) => Promise<SharingRequestRow | null>,
): Promise<TSharingRequest> {
  const row = await inAuditedTransaction(ctx, async (tx, recordAudit) => {
    const current = await loadVisible(ctx, tx, id);
    check(current);
    const updated = await change(tx, current, recordAudit);
    if (!updated) throw decidedMeanwhile();
    return updated;
  });
  return (await view(ctx, [row]))[0]!;
}

/** The requesting department takes its request back before a decision. */
export function withdrawSharingRequest(ctx: SignedInContext, id: string): Promise<TSharingRequest> {
  return simpleStep(
    ctx,
    id,
    (row) => {
      if (row.requesterDepartmentId !== ctx.actor.departmentId || !ctx.actor.roles.includes("officer")) {
        throw new AppError(
          "FORBIDDEN",
          bilingual("只有申请部门可以撤回", "Only the requesting department can withdraw"),
        );
      }
    },
    async (tx, row, recordAudit) => {
      const next = applyEvent(row.state as RequestState, "withdraw");
      const sharing = createSharingRepository(tx);
      const updated = await sharing.updateIfVersion(row.id, row.rowVersion, { state: next, dueDate: null });
      await sharing.addStep({
        requestId: row.id,
        kind: "withdraw",
        actorId: ctx.actor.userId,
        actorLabel: ctx.actor.username,
        at: ctx.now(),
      });
      await recordAudit({
        action: "sharing.withdraw",
        subjectType: "sharing_request",
        subjectId: row.id,
        before: { state: row.state },
        after: { state: next },
      });
      if (updated) {
        // the centre hears of it too when the request was on its desk
        const atCentre = row.state !== "awaiting_provider" || row.escalatedAt !== null;
        await notifyAboutRequest(tx, updated, {
          kind: "sharing_withdrawn",
          to: [requestParties.providerOfficers(row), ...(atCentre ? [requestParties.centre] : [])],
          at: ctx.now(),
          actorId: ctx.actor.userId,
        });
      }
      return updated;
    },
  );
}

/** A grant is revoked by the provider or the centre, with a reason. */
export function revokeSharingGrant(
  ctx: SignedInContext,
  id: string,
  reason: string,
): Promise<TSharingRequest> {
  return simpleStep(
    ctx,
    id,
    (row) => {
      const provider =
        ctx.actor.roles.includes("officer") && ctx.actor.departmentId === row.providerDepartmentId;
      if (!provider && !ctx.actor.roles.includes("centre")) {
        throw new AppError(
          "FORBIDDEN",
          bilingual("只有提供方或信息中心可以撤销授权", "Only the provider or the centre can revoke a grant"),
        );
      }
      if (row.state !== "granted" || row.revokedAt) {
        throw new AppError(
          "CONFLICT",
          bilingual("只能撤销有效的授权", "Only an active grant can be revoked"),
        );
      }
    },
    async (tx, row, recordAudit) => {
      const sharing = createSharingRepository(tx);
      const updated = await sharing.updateIfVersion(row.id, row.rowVersion, {
        revokedAt: ctx.now(),
        revokeReason: reason,
      });
      await sharing.addStep({
        requestId: row.id,
        kind: "revoke",
        actorId: ctx.actor.userId,
        actorLabel: ctx.actor.username,
        text: reason,
        at: ctx.now(),
      });
      await recordAudit({
        action: "sharing.revoke",
        subjectType: "sharing_request",
        subjectId: row.id,
        after: { reason },
      });
      if (updated) {
        // the requester always; the provider's officers too when the centre revoked their grant
        const byProvider = ctx.actor.departmentId === row.providerDepartmentId;
        await notifyAboutRequest(tx, updated, {
          kind: "sharing_revoked",
          to: [requestParties.requester(row), ...(byProvider ? [] : [requestParties.providerOfficers(row)])],
          at: ctx.now(),
          actorId: ctx.actor.userId,
          params: { reason },
        });
      }
      return updated;
    },
  );
}

/** Both sides and the centre can comment on a request. */
export function commentOnSharingRequest(
  ctx: SignedInContext,
  id: string,
  text: string,
): Promise<TSharingRequest> {
  return simpleStep(
    ctx,
    id,
    (row) => {
      const party =
        ctx.actor.departmentId === row.requesterDepartmentId ||
        ctx.actor.departmentId === row.providerDepartmentId;
      if (!party && !ctx.actor.roles.includes("centre")) {
        throw new AppError(
          "FORBIDDEN",
          bilingual("只有申请双方和信息中心可以留言", "Only both sides and the centre can comment"),
        );
      }
    },
    async (tx, row, recordAudit) => {
      const sharing = createSharingRepository(tx);
      await sharing.addStep({
        requestId: row.id,
        kind: "comment",
        actorId: ctx.actor.userId,
        actorLabel: ctx.actor.username,
        text,
        at: ctx.now(),
      });
      await recordAudit({
        action: "sharing.comment",
        subjectType: "sharing_request",
        subjectId: row.id,
        after: { text },
      });
      // the other side hears of it; a comment by the centre goes to both
      const fromRequester = ctx.actor.departmentId === row.requesterDepartmentId;
      const fromProvider = ctx.actor.departmentId === row.providerDepartmentId;
      await notifyAboutRequest(tx, row, {
        kind: "sharing_commented",
        to: [
          ...(fromProvider ? [] : [requestParties.providerOfficers(row)]),
          ...(fromRequester ? [] : [requestParties.requester(row)]),
        ],
        at: ctx.now(),
        actorId: ctx.actor.userId,
      });
      return row;
    },
  );
}

export async function getSharingRequest(ctx: SignedInContext, id: string): Promise<TSharingDetail> {
  const row = await loadVisible(ctx, undefined, id);
  const [request] = await view(ctx, [row]);
  const steps = await createSharingRepository(ctx.database.prisma).steps(row.id);
  return {
    ...request!,
    steps: steps.map((step) => ({
      kind: step.kind,
      actorLabel: step.actorLabel,
      text: step.text,
      items: step.items,
      at: step.at.toISOString(),
    })),
  };
}

/** The boxes: mine (we asked), incoming (asked of us), awaiting (our move), overdue (past due, open). */
export async function listSharingRequests(
  ctx: SignedInContext,
  input: TSharingListInput,
): Promise<TPage<TSharingRequest>> {
  const department = ctx.actor.departmentId;
  const today = toDate(shanghaiDay(ctx.now()));
  const everyone = hasAnyRole(ctx.actor, ["centre", "supervisor", "admin"]);
  const scope = everyone
    ? {}
    : { OR: [{ requesterDepartmentId: department }, { providerDepartmentId: department }] };
  const box = {
    mine: { requesterDepartmentId: department },
    incoming: { providerDepartmentId: department },
    awaiting: ctx.actor.roles.includes("centre")
      ? {
          OR: [
            { state: { in: ["awaiting_centre", "coordinating"] } },
            { state: "awaiting_provider", escalatedAt: { not: null } },
          ],
        }
      : { providerDepartmentId: department, state: "awaiting_provider" },
    overdue: {
      state: { in: ["awaiting_provider", "awaiting_centre", "coordinating"] },
      dueDate: { lt: today },
    },
    all: {},
  }[input.box ?? "all"];
  const { items, total } = await createSharingRepository(ctx.database.prisma).findPage({
    skip: (input.page - 1) * input.pageSize,
    take: input.pageSize,
    where: { AND: [scope, box, input.filters?.state ? { state: input.filters.state } : {}] },
  });
  return { items: await view(ctx, items), total, page: input.page, pageSize: input.pageSize };
}

/** Grants in force: what we use ("using") or what others use of ours ("providing"). Expired ones are left out. */
export async function listGrants(
  ctx: SignedInContext,
  side: "using" | "providing",
): Promise<TSharingRequest[]> {
  const today = toDate(shanghaiDay(ctx.now()));
  const { items } = await createSharingRepository(ctx.database.prisma).findPage({
    skip: 0,
    take: 500,
    where: {
      state: "granted",
      revokedAt: null,
      OR: [{ useUntil: null }, { useUntil: { gte: today } }],
      ...(side === "using"
        ? { requesterDepartmentId: ctx.actor.departmentId }
        : { providerDepartmentId: ctx.actor.departmentId }),
    },
  });
  return view(ctx, items);
}

/**
 * Escalates provider replies past their due day to the centre (once each): called by the server's
 * scheduled job and on demand; returns how many were escalated.
 */
export async function escalateOverdueRequests(ctx: Context): Promise<number> {
  const today = toDate(shanghaiDay(ctx.now()));
  const overdue = await createSharingRepository(ctx.database.prisma).overdueUnescalated(today);
  let escalated = 0;
  for (const { id, rowVersion } of overdue) {
    await inAuditedTransaction(ctx, async (tx, recordAudit) => {
      const sharing = createSharingRepository(tx);
      const escalatedRow = await sharing.updateIfVersion(id, rowVersion, { escalatedAt: ctx.now() });
      if (!escalatedRow) return; // decided meanwhile
      await sharing.addStep({
        requestId: id,
        kind: "escalate",
        actorId: null,
        actorLabel: "system",
        text: "提供方逾期未答复，已提交信息中心协调",
        at: ctx.now(),
      });
      await recordAudit({
        action: "sharing.escalate",
        subjectType: "sharing_request",
        subjectId: id,
        actorLabel: "system",
        actorId: null,
      });
      await notifyAboutRequest(tx, escalatedRow, {
        kind: "sharing_escalated",
        to: [requestParties.centre],
        at: ctx.now(),
        actorId: null,
      });
      escalated++;
    });
  }
  return escalated;
}
