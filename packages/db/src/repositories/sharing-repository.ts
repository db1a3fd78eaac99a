import type { Prisma, PrismaClient } from "../generated/prisma/client.ts";

type Client = PrismaClient | Prisma.TransactionClient;

export const sharingRequestSelect = {
  id: true,
  resourceId: true,
  requesterDepartmentId: true,
  requesterUserId: true,
  providerDepartmentId: true,
  sharingType: true,
  purpose: true,
  basis: true,
  method: true,
  requestedItems: true,
  grantedItems: true,
  useUntil: true,
  state: true,
  dueDate: true,
  escalatedAt: true,
  revokedAt: true,
  revokeReason: true,
  rowVersion: true,
  createdAt: true,
  updatedAt: true,
  resource: { select: { id: true, code: true, name: true } },
  requesterDepartment: { select: { id: true, code: true, name: true } },
} satisfies Prisma.SharingRequestSelect;
export type SharingRequestRow = Prisma.SharingRequestGetPayload<{ select: typeof sharingRequestSelect }>;

export const sharingStepSelect = {
  id: true,
  kind: true,
  actorId: true,
  actorLabel: true,
  text: true,
  items: true,
  at: true,
} satisfies Prisma.SharingStepSelect;
export type SharingStepRow = Prisma.SharingStepGetPayload<{ select: typeof sharingStepSelect }>;

export interface SharingRequestQuery {
  skip: number;
  take: number;
  where: Prisma.SharingRequestWhereInput;
}

export function createSharingRepository(prisma: Client) {
  return {
    create(
      data: Omit<Prisma.SharingRequestUncheckedCreateInput, "id" | "rowVersion" | "updatedAt">,
    ): Promise<SharingRequestRow> {
      return prisma.sharingRequest.create({ data, select: sharingRequestSelect });
    },

    findById(id: string): Promise<SharingRequestRow | null> {
      return prisma.sharingRequest.findUnique({
        where: { id },
        select: sharingRequestSelect,
        relationLoadStrategy: "join",
      });
    },

    async findPage(query: SharingRequestQuery): Promise<{ items: SharingRequestRow[]; total: number }> {
      const [items, total] = await Promise.all([
        prisma.sharingRequest.findMany({
          where: query.where,
          orderBy: [{ createdAt: "desc" }, { id: "asc" }],
          skip: query.skip,
          take: query.take,
          select: sharingRequestSelect,
          relationLoadStrategy: "join",
        }),
        prisma.sharingRequest.count({ where: query.where }),
      ]);
      return { items, total };
    },

    /**
     * Moves a request on only if nobody else did since it was read (optimistic concurrency): the
     * losers of a race get null and answer CONFLICT.
     */
    async updateIfVersion(
      id: string,
      rowVersion: number,
      data: Prisma.SharingRequestUpdateManyMutationInput,
    ): Promise<SharingRequestRow | null> {
      const { count } = await prisma.sharingRequest.updateMany({
        where: { id, rowVersion },
        data: { ...data, rowVersion: { increment: 1 } },
      });
      return count === 0 ? null : this.findById(id);
    },

    addStep(data: {
      requestId: string;
      kind: string;
      actorId: string | null;
      actorLabel: string;
      text?: string | null;
      items?: string[];
      idempotencyKey?: string | null;
      at: Date;
    }): Promise<SharingStepRow> {
      return prisma.sharingStep.create({
        data: { ...data, items: data.items ?? [] },
        select: sharingStepSelect,
      });
    },

    steps(requestId: string): Promise<SharingStepRow[]> {
      return prisma.sharingStep.findMany({
        where: { requestId },
        orderBy: [{ at: "asc" }, { id: "asc" }],
        select: sharingStepSelect,
      });
    },

    findStepByKey(idempotencyKey: string): Promise<{ requestId: string } | null> {
      return prisma.sharingStep.findUnique({ where: { idempotencyKey }, select: { requestId: true } });
    },

    /** Requests still waiting for the provider after their due day, not yet escalated. */
    overdueUnescalated(today: Date): Promise<{ id: string; rowVersion: number }[]> {
      return prisma.sharingRequest.findMany({
        where: { state: "awaiting_provider", dueDate: { lt: today }, escalatedAt: null },
        select: { id: true, rowVersion: true },
      });
    },
  };
}
