import { createNotificationRepository, type NotificationRow, type Transaction } from "@govshare/db";
import {
  type TNotification,
  type TNotificationKind,
  type TNotificationListInput,
  type TNotificationListOutput,
  type TNotificationParams,
  type TRole,
} from "@govshare/validators";
import type { SignedInContext } from "../trpc.ts";

/** Who receives a notification: named users, a role in one department, or a role everywhere. */
export type NotificationRecipients =
  { userIds: readonly string[] } | { departmentId: string; role: TRole } | { role: TRole };

export interface NotificationToSend {
  /** one group or several; a user in more than one gets a single row */
  to: NotificationRecipients | readonly NotificationRecipients[];
  kind: TNotificationKind;
  /** what the sentence names (resource, department, decision…) */
  params: TNotificationParams;
  /** console path opened on click, e.g. /sharing/<id> */
  link: string;
  subjectType: string;
  subjectId: string;
  /** the injected clock's now (ctx.now()) */
  at: Date;
  /** who acted: never notified of their own action; null for the system (scheduled jobs) */
  actorId: string | null;
}

/**
 * Fans a notification out, one row per enabled recipient, inside the caller's transaction: a refused
 * or rolled-back action leaves none. Call it from any service, e.g. a supervision notice:
 *
 *   await notify(tx, { to: { departmentId, role: "officer" }, kind: "notice_received",
 *     params: { title }, link: `/notices/${id}`, subjectType: "notice", subjectId: id,
 *     at: ctx.now(), actorId: ctx.actor.userId });
 *
 * Returns how many rows were written.
 */
export async function notify(tx: Transaction, notification: NotificationToSend): Promise<number> {
  const repository = createNotificationRepository(tx);
  const groups = (
    Array.isArray(notification.to) ? notification.to : [notification.to]
  ) as readonly NotificationRecipients[];
  const recipients = new Set<string>();
  for (const group of groups) {
    const userIds =
      "userIds" in group
        ? await repository.enabledUserIds([...group.userIds])
        : await repository.enabledUserIdsWithRole(
            group.role,
            "departmentId" in group ? group.departmentId : undefined,
          );
    for (const userId of userIds) recipients.add(userId);
  }
  if (notification.actorId) recipients.delete(notification.actorId);
  return repository.createMany(
    [...recipients].map((userId) => ({
      userId,
      kind: notification.kind,
      params: notification.params,
      link: notification.link,
      subjectType: notification.subjectType,
      subjectId: notification.subjectId,
      createdAt: notification.at,
    })),
  );
}

function toNotification(row: NotificationRow): TNotification {
  return {
    id: row.id,
    kind: row.kind,
    params: (row.params ?? {}) as TNotificationParams,
    link: row.link,
    subjectType: row.subjectType,
    subjectId: row.subjectId,
    createdAt: row.createdAt.toISOString(),
    readAt: row.readAt?.toISOString() ?? null,
  };
}

/** The signed-in user's own notifications, newest first. */
export async function listNotifications(
  ctx: SignedInContext,
  input: TNotificationListInput,
): Promise<TNotificationListOutput> {
  const repository = createNotificationRepository(ctx.database.prisma);
  const [{ items, total }, unread] = await Promise.all([
    repository.findPage({
      userId: ctx.actor.userId,
      unreadOnly: input.unreadOnly ?? false,
      skip: (input.page - 1) * input.pageSize,
      take: input.pageSize,
    }),
    repository.countUnread(ctx.actor.userId),
  ]);
  return { items: items.map(toNotification), total, page: input.page, pageSize: input.pageSize, unread };
}

export async function countUnreadNotifications(ctx: SignedInContext): Promise<{ unread: number }> {
  return { unread: await createNotificationRepository(ctx.database.prisma).countUnread(ctx.actor.userId) };
}

/**
 * Marks the user's own notifications read (ids of others are ignored, as if unknown). Not audited on
 * purpose: reading a notice changes no business state, only what the user's bell shows.
 */
export async function markNotificationsRead(
  ctx: SignedInContext,
  input: { ids?: string[]; all?: boolean },
): Promise<{ marked: number; unread: number }> {
  const repository = createNotificationRepository(ctx.database.prisma);
  const marked = await repository.markRead(
    ctx.actor.userId,
    input.all ? "all" : (input.ids ?? []),
    ctx.now(),
  );
  return { marked, unread: await repository.countUnread(ctx.actor.userId) };
}
