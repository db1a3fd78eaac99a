import type { Prisma, PrismaClient } from "../generated/prisma/client.ts";

type Client = PrismaClient | Prisma.TransactionClient;

export const targetSelect = {
  id: true,
  code: true,
  name: true,
  definition: true,
  targetValue: true,
  startDate: true,
  deadline: true,
  kind: true,
  metric: true,
  position: true,
  rowVersion: true,
  responsibleDepartments: {
    select: { department: { select: { id: true, name: true } } },
    orderBy: { department: { sortOrder: "asc" } },
  },
} satisfies Prisma.TargetSelect;
export type TargetRow = Prisma.TargetGetPayload<{ select: typeof targetSelect }>;

export const targetReportSelect = {
  id: true,
  targetId: true,
  departmentId: true,
  periodStart: true,
  periodEnd: true,
  numerator: true,
  denominator: true,
  note: true,
  state: true,
  dueDate: true,
  reviewComment: true,
  reportedById: true,
  reviewedById: true,
  createdAt: true,
  reviewedAt: true,
  rowVersion: true,
  target: { select: { name: true } },
  department: { select: { id: true, name: true } },
} satisfies Prisma.TargetReportSelect;
export type TargetReportRow = Prisma.TargetReportGetPayload<{ select: typeof targetReportSelect }>;

export const targetSnapshotSelect = {
  targetId: true,
  day: true,
  numerator: true,
  denominator: true,
} satisfies Prisma.TargetSnapshotSelect;
export type TargetSnapshotRow = Prisma.TargetSnapshotGetPayload<{ select: typeof targetSnapshotSelect }>;

/** One provider department's counts for the sharing rate. */
export interface SharingRateCountRow {
  departmentId: string;
  departmentName: string;
  numerator: number;
  denominator: number;
}

export interface TargetReportQuery {
  skip: number;
  take: number;
  targetId?: string;
  state?: string;
  /** only this department's reports (officers) */
  departmentId?: string;
}

export function createTargetRepository(prisma: Client) {
  return {
    list(): Promise<TargetRow[]> {
      return prisma.target.findMany({
        select: targetSelect,
        orderBy: [{ position: "asc" }, { code: "asc" }],
      });
    },

    findById(id: string): Promise<TargetRow | null> {
      return prisma.target.findUnique({ where: { id }, select: targetSelect });
    },

    findByCode(code: string): Promise<TargetRow | null> {
      return prisma.target.findUnique({ where: { code }, select: targetSelect });
    },

    /** Changes a target only if nobody else did since it was read; false when someone did. */
    async update(
      id: string,
      rowVersion: number,
      data: Pick<Prisma.TargetUpdateInput, "definition" | "deadline" | "targetValue">,
    ): Promise<boolean> {
      const { count } = await prisma.target.updateMany({
        where: { id, rowVersion },
        data: { ...data, rowVersion: { increment: 1 } },
      });
      return count === 1;
    },

    /**
     * 共享率 per provider department, in ONE aggregation: resources formed in [start, end] and registered
     * in the catalogue (draft, submitted, published) are the denominator; those published with sharing
     * type unconditional or conditional the numerator (packages/domain targets/sharing-rate.ts states the
     * rule). The index information_resource(formation_date, provider_id, status, sharing_type) covers the
     * scan; department names are joined after grouping, on the few grouped rows only.
     */
    sharingRateByProvider(start: string, end: string): Promise<SharingRateCountRow[]> {
      return prisma.$queryRaw<SharingRateCountRow[]>`
        WITH counts AS (
          SELECT r.provider_id,
                 count(*) FILTER (
                   WHERE r.status = 'published' AND r.sharing_type IN ('unconditional', 'conditional')
                 )::int AS numerator,
                 count(*)::int AS denominator
          FROM information_resource r
          WHERE r.formation_date BETWEEN ${start}::date AND ${end}::date
            AND r.status IN ('draft', 'submitted', 'published')
          GROUP BY r.provider_id
        )
        SELECT c.provider_id::text AS "departmentId", d.name AS "departmentName", c.numerator, c.denominator
        FROM counts c JOIN department d ON d.id = c.provider_id
        ORDER BY d.sort_order, d.name`;
    },

    /** Reports of some targets in a state (e.g. every confirmed report, for the reported values). */
    reportsOf(targetIds: string[], state?: string): Promise<TargetReportRow[]> {
      return prisma.targetReport.findMany({
        where: { targetId: { in: targetIds }, ...(state ? { state } : {}) },
        select: targetReportSelect,
        orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      });
    },

    createReport(
      data: Omit<
        Prisma.TargetReportUncheckedCreateInput,
        "id" | "rowVersion" | "reviewComment" | "reviewedById" | "reviewedAt"
      >,
    ): Promise<TargetReportRow> {
      return prisma.targetReport.create({ data, select: targetReportSelect });
    },

    findReport(id: string): Promise<TargetReportRow | null> {
      return prisma.targetReport.findUnique({ where: { id }, select: targetReportSelect });
    },

    /** Moves a submitted report on only if it is still as read (a concurrent review loses). */
    async reviewReport(
      id: string,
      rowVersion: number,
      data: { state: string; reviewComment: string | null; reviewedById: string; reviewedAt: Date },
    ): Promise<boolean> {
      const { count } = await prisma.targetReport.updateMany({
        where: { id, rowVersion, state: "submitted" },
        data: { ...data, rowVersion: { increment: 1 } },
      });
      return count === 1;
    },

    async reportPage(query: TargetReportQuery): Promise<{ items: TargetReportRow[]; total: number }> {
      const where: Prisma.TargetReportWhereInput = {
        targetId: query.targetId,
        state: query.state,
        departmentId: query.departmentId,
      };
      const [items, total] = await Promise.all([
        prisma.targetReport.findMany({
          where,
          orderBy: [{ createdAt: "desc" }, { id: "asc" }],
          skip: query.skip,
          take: query.take,
          select: targetReportSelect,
        }),
        prisma.targetReport.count({ where }),
      ]);
      return { items, total };
    },

    tasksOf(targetId: string) {
      return prisma.workTaskTarget.findMany({
        where: { targetId },
        select: { task: { select: { id: true, number: true, title: true, deadline: true, status: true } } },
        orderBy: { task: { number: "asc" } },
      });
    },

    history(targetIds: string[]): Promise<TargetSnapshotRow[]> {
      return prisma.targetSnapshot.findMany({
        where: { targetId: { in: targetIds } },
        select: targetSnapshotSelect,
        orderBy: { day: "asc" },
      });
    },

    /** The day's figures of one target: taken again the same day, the row is replaced. */
    async upsertSnapshot(snapshot: {
      targetId: string;
      day: Date;
      numerator: number;
      denominator: number;
      byDepartment: Prisma.InputJsonValue;
      takenAt: Date;
    }): Promise<void> {
      const { targetId, day, ...figures } = snapshot;
      await prisma.targetSnapshot.upsert({
        where: { targetId_day: { targetId, day } },
        create: snapshot,
        update: figures,
        select: { targetId: true },
      });
    },

    /** How many targets have no snapshot for `day` (the daily job takes them when any is missing). */
    countWithoutSnapshot(day: Date): Promise<number> {
      return prisma.target.count({ where: { snapshots: { none: { day } } } });
    },
  };
}
