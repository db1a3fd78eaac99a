import { Prisma, type PrismaClient } from "../generated/prisma/client.ts";

type Client = PrismaClient | Prisma.TransactionClient;

export type SupervisionKindName =
  "catalogue_review" | "sharing_request" | "objection" | "target_report" | "work_task" | "notice";

/** One row of the board (电子监察): something waiting on someone by a day. */
export interface SupervisionItemRow {
  kind: SupervisionKindName;
  subjectId: string;
  label: string;
  departmentId: string | null;
  departmentName: string | null;
  waitingOn: "department" | "centre";
  /** YYYY-MM-DD */
  dueDate: string;
}

export interface SupervisionQuery {
  /** YYYY-MM-DD in Asia/Shanghai */
  today: string;
  /** first due day that is no longer a warning (domain warningWindowEnd) */
  warningEnd: string;
  /**
   * Catalogue reviews are due a number of working days after submission; the calendar lives in the
   * domain, so the caller maps each pending submission day to its due day (see reviewSubmissionDays).
   */
  reviewDueDays: { submitted: string[]; due: string[] };
  kind?: SupervisionKindName;
  level?: "warning" | "overdue";
  departmentId?: string;
}

const SHANGHAI_DAY = (column: Prisma.Sql) =>
  Prisma.sql`((${column} AT TIME ZONE 'UTC') + interval '8 hours')::date`;

/**
 * The board's items as one UNION ALL of small per-kind queries, each narrowed (kind, level,
 * department) before the union so that the (state, due_date) indexes do the work; the database
 * sorts and pages, nothing is loaded whole.
 */
function boardItems(
  query: SupervisionQuery,
  /** a page needs at most this many rows of each kind: each branch stops there, reading its index in order */
  firstRows?: number,
): Prisma.Sql {
  const due = (column: Prisma.Sql) => {
    if (query.level === "overdue") return Prisma.sql`${column} < ${query.today}::date`;
    if (query.level === "warning")
      return Prisma.sql`${column} >= ${query.today}::date AND ${column} < ${query.warningEnd}::date`;
    return Prisma.sql`TRUE`;
  };
  const of = (column: Prisma.Sql) =>
    query.departmentId ? Prisma.sql`${column} = ${query.departmentId}::uuid` : Prisma.sql`TRUE`;
  const branches: Record<SupervisionKindName, () => Prisma.Sql> = {
    catalogue_review: () => Prisma.sql`
      SELECT 'catalogue_review' AS kind, r.id AS subject_id, r.name || '（' || r.code || '）' AS label,
             r.provider_id AS department_id, 'centre' AS waiting_on, m.due_day AS due_date
      FROM resource_version v
      JOIN information_resource r ON r.id = v.resource_id
      JOIN unnest(${query.reviewDueDays.submitted}::date[], ${query.reviewDueDays.due}::date[])
           AS m(submitted_day, due_day) ON m.submitted_day = ${SHANGHAI_DAY(Prisma.sql`coalesce(v.submitted_at, v.created_at)`)}
      WHERE v.status = 'submitted' AND ${due(Prisma.sql`m.due_day`)} AND ${of(Prisma.sql`r.provider_id`)}`,
    sharing_request: () => Prisma.sql`
      SELECT 'sharing_request' AS kind, s.id AS subject_id, r.name AS label,
             s.provider_department_id AS department_id,
             CASE WHEN s.state = 'awaiting_provider' THEN 'department' ELSE 'centre' END AS waiting_on,
             s.due_date AS due_date
      FROM sharing_request s JOIN information_resource r ON r.id = s.resource_id
      WHERE s.state IN ('awaiting_provider', 'awaiting_centre', 'coordinating') AND s.due_date IS NOT NULL
        AND ${due(Prisma.sql`s.due_date`)} AND ${of(Prisma.sql`s.provider_department_id`)}`,
    objection: () => Prisma.sql`
      SELECT 'objection' AS kind, o.id AS subject_id, r.name AS label, o.provider_department_id AS department_id,
             'department' AS waiting_on, o.due_date AS due_date
      FROM objection o JOIN information_resource r ON r.id = o.resource_id
      WHERE o.state = 'open' AND ${due(Prisma.sql`o.due_date`)} AND ${of(Prisma.sql`o.provider_department_id`)}`,
    target_report: () => Prisma.sql`
      SELECT 'target_report' AS kind, tr.id AS subject_id, t.name AS label, tr.department_id AS department_id,
             'centre' AS waiting_on, tr.due_date AS due_date
      FROM target_report tr JOIN target t ON t.id = tr.target_id
      WHERE tr.state = 'submitted' AND ${due(Prisma.sql`tr.due_date`)} AND ${of(Prisma.sql`tr.department_id`)}`,
    work_task: () => Prisma.sql`
      SELECT 'work_task' AS kind, w.id AS subject_id, w.number || '. ' || w.title AS label,
             (SELECT l.department_id FROM work_task_department l JOIN department d ON d.id = l.department_id
              WHERE l.task_id = w.id AND l.role = 'lead'
              ORDER BY array_position(w.lead_units, d.name::text) NULLS LAST, d.sort_order, d.code LIMIT 1) AS department_id,
             'department' AS waiting_on, w.deadline AS due_date
      FROM work_task w
      WHERE w.status <> 'done' AND ${due(Prisma.sql`w.deadline`)}
        AND ${
          query.departmentId
            ? Prisma.sql`EXISTS (SELECT 1 FROM work_task_department l
                 WHERE l.task_id = w.id AND l.department_id = ${query.departmentId}::uuid)`
            : Prisma.sql`TRUE`
        }`,
    notice: () => Prisma.sql`
      SELECT 'notice' AS kind, n.id AS subject_id, n.subject_label AS label, n.department_id AS department_id,
             'department' AS waiting_on, n.reply_due_date AS due_date
      FROM supervision_notice n
      WHERE n.state = 'open' AND ${due(Prisma.sql`n.reply_due_date`)} AND ${of(Prisma.sql`n.department_id`)}`,
  };
  const kinds = query.kind ? [query.kind] : (Object.keys(branches) as SupervisionKindName[]);
  return Prisma.join(
    kinds.map((kind) =>
      firstRows === undefined
        ? branches[kind]()
        : Prisma.sql`(SELECT * FROM (${branches[kind]()}) AS b ORDER BY b.due_date, b.subject_id LIMIT ${firstRows})`,
    ),
    " UNION ALL ",
  );
}

export function createSupervisionRepository(prisma: Client) {
  return {
    /** The distinct days (Asia/Shanghai) on which the catalogue entries still awaiting review were submitted. */
    async reviewSubmissionDays(): Promise<string[]> {
      const rows = await prisma.$queryRaw<{ day: string }[]>`
        SELECT DISTINCT to_char(${SHANGHAI_DAY(Prisma.sql`coalesce(submitted_at, created_at)`)}, 'YYYY-MM-DD') AS day
        FROM resource_version WHERE status = 'submitted'`;
      return rows.map((row) => row.day);
    },

    /** One page of the board, soonest due first, and how many items match. */
    async boardPage(
      query: SupervisionQuery & { skip: number; take: number },
    ): Promise<{ items: SupervisionItemRow[]; total: number }> {
      const items = boardItems(query, query.skip + query.take);
      const [rows, [count]] = await Promise.all([
        prisma.$queryRaw<
          {
            kind: SupervisionKindName;
            subject_id: string;
            label: string;
            department_id: string | null;
            department_name: string | null;
            waiting_on: "department" | "centre";
            due_date: string;
          }[]
        >`
          SELECT i.kind, i.subject_id::text AS subject_id, i.label, i.department_id::text AS department_id,
                 d.name AS department_name, i.waiting_on, to_char(i.due_date, 'YYYY-MM-DD') AS due_date
          FROM (${items}) AS i
          LEFT JOIN department d ON d.id = i.department_id
          ORDER BY i.due_date, i.kind, i.subject_id
          LIMIT ${query.take} OFFSET ${query.skip}`,
        prisma.$queryRaw<{ total: bigint }[]>`SELECT count(*) AS total FROM (${boardItems(query)}) AS i`,
      ]);
      return {
        items: rows.map((row) => ({
          kind: row.kind,
          subjectId: row.subject_id,
          label: row.label,
          departmentId: row.department_id,
          departmentName: row.department_name,
          waitingOn: row.waiting_on,
          dueDate: row.due_date,
        })),
        total: Number(count?.total ?? 0),
      };
    },

    /** Warning and overdue items per kind, in one aggregation over the same union. */
    async countsByKind(
      query: Omit<SupervisionQuery, "kind" | "level" | "departmentId">,
    ): Promise<{ kind: SupervisionKindName; warning: number; overdue: number }[]> {
      const rows = await prisma.$queryRaw<{ kind: SupervisionKindName; warning: bigint; overdue: bigint }[]>`
        SELECT i.kind,
               count(*) FILTER (WHERE i.due_date >= ${query.today}::date AND i.due_date < ${query.warningEnd}::date) AS warning,
               count(*) FILTER (WHERE i.due_date < ${query.today}::date) AS overdue
        FROM (${boardItems(query)}) AS i
        WHERE i.due_date < ${query.warningEnd}::date
        GROUP BY i.kind`;
      return rows.map((row) => ({
        kind: row.kind,
        warning: Number(row.warning),
        overdue: Number(row.overdue),
      }));
    },
  };
}
