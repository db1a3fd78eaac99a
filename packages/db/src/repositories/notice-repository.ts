import type { Prisma, PrismaClient } from "../generated/prisma/client.ts";

type Client = PrismaClient | Prisma.TransactionClient;

/** 督办: a supervisor's notice to a department, and its reply. */
export const noticeSelect = {
  id: true,
  departmentId: true,
  department: { select: { id: true, name: true } },
  subjectType: true,
  subjectId: true,
  subjectLabel: true,
  text: true,
  replyDueDate: true,
  state: true,
  reply: true,
  repliedAt: true,
  repliedById: true,
  sentById: true,
  createdAt: true,
  rowVersion: true,
} satisfies Prisma.SupervisionNoticeSelect;
type NoticeRecord = Prisma.SupervisionNoticeGetPayload<{ select: typeof noticeSelect }>;
export type NoticeRow = NoticeRecord & { sentByName: string; repliedByName: string | null };

export function createNoticeRepository(prisma: Client) {
  /** Adds the names of sender and replier (users are not a relation of the notice). */
  async function withNames(rows: NoticeRecord[]): Promise<NoticeRow[]> {
    const ids = [...new Set(rows.flatMap((row) => [row.sentById, row.repliedById ?? row.sentById]))];
    const users = ids.length
      ? await prisma.user.findMany({ where: { id: { in: ids } }, select: { id: true, displayName: true } })
      : [];
    const name = new Map(users.map((user) => [user.id, user.displayName]));
    return rows.map((row) => ({
      ...row,
      sentByName: name.get(row.sentById) ?? "",
      repliedByName: row.repliedById ? (name.get(row.repliedById) ?? "") : null,
    }));
  }

  return {
    async create(data: {
      departmentId: string;
      subjectType: string;
      subjectId: string | null;
      subjectLabel: string;
      text: string;
      replyDueDate: Date;
      sentById: string;
      createdAt: Date;
    }): Promise<NoticeRow> {
      const row = await prisma.supervisionNotice.create({
        data: { ...data, state: "open" },
        select: noticeSelect,
      });
      return (await withNames([row]))[0]!;
    },
    async findById(id: string): Promise<NoticeRow | null> {
      const row = await prisma.supervisionNotice.findUnique({ where: { id }, select: noticeSelect });
      return row ? (await withNames([row]))[0]! : null;
    },
    /** Newest first; `departmentId` narrows to one department's notices (an officer's view). */
    async findPage(query: {
      skip: number;
      take: number;
      departmentId?: string;
      state?: string;
    }): Promise<{ items: NoticeRow[]; total: number }> {
      const where: Prisma.SupervisionNoticeWhereInput = {
        departmentId: query.departmentId,
        state: query.state,
      };
      const [rows, total] = await Promise.all([
        prisma.supervisionNotice.findMany({
          where,
          orderBy: [{ createdAt: "desc" }, { id: "desc" }],
          skip: query.skip,
          take: query.take,
          select: noticeSelect,
        }),
        prisma.supervisionNotice.count({ where }),
      ]);
      return { items: await withNames(rows), total };
    },
    /** Moves from one of `fromStates` only if unchanged since read (null: someone acted meanwhile). */
    async transitionIfVersion(
      id: string,
      rowVersion: number,
      fromStates: string[],
      data: { state: string; reply?: string; repliedAt?: Date; repliedById?: string },
    ): Promise<NoticeRow | null> {
      const { count } = await prisma.supervisionNotice.updateMany({
        where: { id, rowVersion, state: { in: fromStates } },
        data: { ...data, rowVersion: { increment: 1 } },
      });
      return count === 0 ? null : this.findById(id);
    },
  };
}
