import { Prisma, type PrismaClient, type Role } from "../generated/prisma/client.ts";

type Client = PrismaClient | Prisma.TransactionClient;

export const notificationSelect = {
  id: true,
  kind: true,
  params: true,
  link: true,
  subjectType: true,
  subjectId: true,
  createdAt: true,
  readAt: true,
} satisfies Prisma.NotificationSelect;
export type NotificationRow = Prisma.NotificationGetPayload<{ select: typeof notificationSelect }>;

export interface NewNotification {
  userId: string;
  kind: string;
  params: Prisma.InputJsonValue;
  link: string;
  subjectType: string;
  subjectId: string;
  createdAt: Date;
}

export function createNotificationRepository(prisma: Client) {
  return {
    /**
     * Ids of the enabled users holding `role`, in one department when given. In SQL because
     * pglite-prisma-adapter sends an enum-array filter (roles has …) as a malformed array literal.
     */
    async enabledUserIdsWithRole(role: Role, departmentId?: string): Promise<string[]> {
      const inDepartment = departmentId
        ? Prisma.sql`AND department_id = ${departmentId}::uuid`
        : Prisma.empty;
      const rows = await prisma.$queryRaw<{ id: string }[]>`
        SELECT id::text AS id FROM app_user
        WHERE NOT disabled AND ${role}::role = ANY(roles) ${inDepartment}`;
      return rows.map((row) => row.id);
    },

    /** The enabled users among `userIds` (a disabled account gets nothing). */
    async enabledUserIds(userIds: string[]): Promise<string[]> {
      if (userIds.length === 0) return [];
      const rows = await prisma.user.findMany({
        where: { id: { in: userIds }, disabled: false },
        select: { id: true },
      });
      return rows.map((row) => row.id);
    },

    async createMany(rows: NewNotification[]): Promise<number> {
      if (rows.length === 0) return 0;
      const { count } = await prisma.notification.createMany({ data: rows });
      return count;
    },

    async findPage(query: {
      userId: string;
      unreadOnly: boolean;
      skip: number;
      take: number;
    }): Promise<{ items: NotificationRow[]; total: number }> {
      const where: Prisma.NotificationWhereInput = {
        userId: query.userId,
        ...(query.unreadOnly ? { readAt: null } : {}),
      };
      const [items, total] = await Promise.all([
        prisma.notification.findMany({
          where,
          orderBy: [{ createdAt: "desc" }, { id: "desc" }],
          skip: query.skip,
          take: query.take,
          select: notificationSelect,
        }),
        prisma.notification.count({ where }),
      ]);
      return { items, total };
    },

    countUnread(userId: string): Promise<number> {
      return prisma.notification.count({ where: { userId, readAt: null } });
    },

    /** Marks the user's own unread notifications (those of `ids`, or all); others' ids are ignored. */
    async markRead(userId: string, ids: string[] | "all", at: Date): Promise<number> {
      const { count } = await prisma.notification.updateMany({
        where: { userId, readAt: null, ...(ids === "all" ? {} : { id: { in: ids } }) },
        data: { readAt: at },
      });
      return count;
    },
  };
}
export type NotificationRepository = ReturnType<typeof createNotificationRepository>;
