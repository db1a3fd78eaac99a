import type { Prisma, PrismaClient } from "../generated/prisma/client.ts";

type Client = PrismaClient | Prisma.TransactionClient;

export const objectionSelect = {
  id: true,
  resourceId: true,
  providerDepartmentId: true,
  reporterDepartmentId: true,
  reporterUserId: true,
  items: true,
  description: true,
  state: true,
  dueDate: true,
  answer: true,
  answeredAt: true,
  rowVersion: true,
  createdAt: true,
  resource: { select: { id: true, code: true, name: true } },
} satisfies Prisma.ObjectionSelect;
export type ObjectionRow = Prisma.ObjectionGetPayload<{ select: typeof objectionSelect }>;

export function createObjectionRepository(prisma: Client) {
  return {
    create(data: Omit<Prisma.ObjectionUncheckedCreateInput, "id" | "rowVersion">): Promise<ObjectionRow> {
      return prisma.objection.create({ data, select: objectionSelect });
    },
    findById(id: string): Promise<ObjectionRow | null> {
      return prisma.objection.findUnique({ where: { id }, select: objectionSelect });
    },
    async findPage(
      skip: number,
      take: number,
      where: Prisma.ObjectionWhereInput,
    ): Promise<{ items: ObjectionRow[]; total: number }> {
      const [items, total] = await Promise.all([
        prisma.objection.findMany({
          where,
          orderBy: [{ createdAt: "desc" }, { id: "asc" }],
          skip,
          take,
          select: objectionSelect,
        }),
        prisma.objection.count({ where }),
      ]);
      return { items, total };
    },
    /** Answers only if still unanswered at the version read (one answer, however many click). */
    async answerIfVersion(
      id: string,
      rowVersion: number,
      data: { state: string; answer: string; answeredAt: Date },
    ) {
      const { count } = await prisma.objection.updateMany({
        where: { id, rowVersion, state: "open" },
        data: { ...data, rowVersion: { increment: 1 } },
      });
      return count === 0 ? null : this.findById(id);
    },
  };
}
