import { Prisma, type PrismaClient } from "../generated/prisma/client.ts";

type Client = PrismaClient | Prisma.TransactionClient;

/**
 * 通报排名: the per-department counts the rankings are computed from. Each figure is one set-based
 * statement (GROUP BY the department), never a query per department; the working-day maths on reply
 * rows happens in the API with the domain calendar, so those rows come back as they are.
 */

export interface RankedDepartmentRow {
  id: string;
  name: string;
}

/** Resources formed in the period and registered, and how many of them are published and shared. */
export interface SharingCountRow {
  departmentId: string;
  formed: number;
  shared: number;
}

/** Registered resources formed by the end of the period, and how many have every core field filled. */
export interface CompletenessCountRow {
  departmentId: string;
  registered: number;
  complete: number;
}

/** A conditional sharing request, for its provider step: when asked, answered, withdrawn. */
export interface ProviderStepRow {
  departmentId: string;
  createdAt: Date;
  answeredAt: Date | null;
  withdrawnAt: Date | null;
}

/** An objection (疑义/纠错) the provider must verify by its due day. */
export interface ObjectionReplyRow {
  departmentId: string;
  createdAt: Date;
  dueDate: string;
  answeredAt: Date | null;
}

/** Days are Asia/Shanghai calendar days (YYYY-MM-DD); instants bound the same days in UTC. */
export interface RankingWindow {
  startDay: string;
  endDay: string;
  /** 00:00 Asia/Shanghai of the first day */
  startsAt: Date;
  /** 00:00 Asia/Shanghai of the day after the last */
  endsBefore: Date;
}

const REGISTERED = Prisma.sql`('draft', 'submitted', 'published')`;
const SHARED_TYPES = Prisma.sql`('unconditional', 'conditional')`;
const PROVIDER_DECISIONS = Prisma.sql`('provider_approve', 'provider_reject')`;

export function createRankingRepository(prisma: Client) {
  return {
    /** Every unit the district assesses: all departments but the district itself, in tree order. */
    departments(): Promise<RankedDepartmentRow[]> {
      return prisma.department.findMany({
        where: { kind: { not: "district" } },
        orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
        select: { id: true, name: true } satisfies Prisma.DepartmentSelect,
      });
    },

    /** One pass over information_resource's (formation_date, provider_id, status, sharing_type) index. */
    async sharingCounts(window: RankingWindow): Promise<SharingCountRow[]> {
      const rows = await prisma.$queryRaw<{ department_id: string; formed: bigint; shared: bigint }[]>`
        SELECT provider_id::text AS department_id,
               count(*) AS formed,
               count(*) FILTER (WHERE status = 'published' AND sharing_type IN ${SHARED_TYPES}) AS shared
        FROM information_resource
        WHERE formation_date BETWEEN ${window.startDay}::date AND ${window.endDay}::date
          AND status IN ${REGISTERED}
        GROUP BY provider_id`;
      return rows.map((row) => ({
        departmentId: row.department_id,
        formed: Number(row.formed),
        shared: Number(row.shared),
      }));
    },

    async completenessCounts(window: RankingWindow): Promise<CompletenessCountRow[]> {
      const rows = await prisma.$queryRaw<{ department_id: string; registered: bigint; complete: bigint }[]>`
        SELECT r.provider_id::text AS department_id,
               count(*) AS registered,
               count(*) FILTER (
                 WHERE btrim(r.abstract) <> ''
                   AND EXISTS (SELECT 1 FROM resource_data_item i WHERE i.resource_id = r.id)
                   AND (r.sharing_type = 'unconditional' OR btrim(coalesce(r.sharing_condition, '')) <> '')
                   AND btrim(r.update_cycle) <> ''
                   -- a not-shared resource has no way of being shared (the catalogue rule)
                   AND (r.sharing_type = 'none' OR cardinality(r.sharing_methods) > 0)
               ) AS complete
        FROM information_resource r
        WHERE r.status IN ${REGISTERED} AND r.formation_date <= ${window.endDay}::date
        GROUP BY r.provider_id`;
      return rows.map((row) => ({
        departmentId: row.department_id,
        registered: Number(row.registered),
        complete: Number(row.complete),
      }));
    },

    /**
     * Conditional requests whose provider step may fall due in the window (created from
     * `createdFrom`, before its end) or was answered in it: one row per request, its first provider
     * decision and withdrawal folded in by GROUP BY.
     */
    async providerSteps(window: RankingWindow, createdFrom: Date): Promise<ProviderStepRow[]> {
      const rows = await prisma.$queryRaw<
        { department_id: string; created_at: Date; answered_at: Date | null; withdrawn_at: Date | null }[]
      >`
        SELECT r.provider_department_id::text AS department_id,
               r.created_at,
               min(s.at) FILTER (WHERE s.kind IN ${PROVIDER_DECISIONS}) AS answered_at,
               min(s.at) FILTER (WHERE s.kind = 'withdraw') AS withdrawn_at
        FROM sharing_request r
        LEFT JOIN sharing_step s
          ON s.request_id = r.id AND (s.kind IN ${PROVIDER_DECISIONS} OR s.kind = 'withdraw')
        WHERE r.sharing_type = 'conditional'
          AND r.created_at < ${window.endsBefore}
          AND (
            r.created_at >= ${createdFrom}
            OR EXISTS (
              SELECT 1 FROM sharing_step d
              WHERE d.request_id = r.id AND d.kind IN ${PROVIDER_DECISIONS}
                AND d.at >= ${window.startsAt} AND d.at < ${window.endsBefore}
            )
          )
        GROUP BY r.id`;
      return rows.map((row) => ({
        departmentId: row.department_id,
        createdAt: row.created_at,
        answeredAt: row.answered_at,
        withdrawnAt: row.withdrawn_at,
      }));
    },

    /** Objections due in the window or answered in it. */
    async objectionReplies(window: RankingWindow): Promise<ObjectionReplyRow[]> {
      const rows = await prisma.$queryRaw<
        { department_id: string; created_at: Date; due_date: string; answered_at: Date | null }[]
      >`
        SELECT provider_department_id::text AS department_id, created_at,
               to_char(due_date, 'YYYY-MM-DD') AS due_date, answered_at
        FROM objection
        WHERE due_date BETWEEN ${window.startDay}::date AND ${window.endDay}::date
           OR (answered_at >= ${window.startsAt} AND answered_at < ${window.endsBefore})`;
      return rows.map((row) => ({
        departmentId: row.department_id,
        createdAt: row.created_at,
        dueDate: row.due_date,
        answeredAt: row.answered_at,
      }));
    },
  };
}
