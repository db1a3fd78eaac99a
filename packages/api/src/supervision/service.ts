import { createSupervisionRepository, type Transaction, type Database } from "@govshare/db";
import {
  addWorkingDays,
  CATALOGUE_REVIEW_WORKING_DAYS,
  deadlineLevel,
  shanghaiDay,
  warningWindowEnd,
  workingDaysLeft,
  type WorkingDayCalendar,
} from "@govshare/domain";
import {
  SUPERVISION_KINDS,
  type TPage,
  type TSupervisionBoardInput,
  type TSupervisionCounts,
  type TSupervisionItem,
} from "@govshare/validators";
import { loadCalendar } from "../calendar/service.ts";
import type { SignedInContext } from "../trpc.ts";

type Client = Transaction | Database["prisma"];

/** Today, the warning window and the catalogue reviews' due days: what every board query needs. */
async function boardClock(client: Client, now: Date) {
  const calendar = await loadCalendar(client);
  const today = shanghaiDay(now);
  const submitted = await createSupervisionRepository(client).reviewSubmissionDays();
  return {
    calendar,
    query: {
      today,
      warningEnd: warningWindowEnd(calendar, today),
      reviewDueDays: {
        submitted,
        due: submitted.map((day) => addWorkingDays(calendar, day, CATALOGUE_REVIEW_WORKING_DAYS)),
      },
    },
  };
}

function withDeadline(
  calendar: WorkingDayCalendar,
  today: string,
  item: Omit<TSupervisionItem, "workingDaysLeft" | "level">,
): TSupervisionItem {
  return {
    ...item,
    workingDaysLeft: workingDaysLeft(calendar, today, item.dueDate),
    level: deadlineLevel(calendar, today, item.dueDate),
  };
}

/** 电子监察: everything waiting on someone by a date, soonest due first. */
export async function supervisionBoard(
  ctx: SignedInContext,
  input: TSupervisionBoardInput,
): Promise<TPage<TSupervisionItem>> {
  const client = ctx.database.prisma;
  const { calendar, query } = await boardClock(client, ctx.now());
  const { items, total } = await createSupervisionRepository(client).boardPage({
    ...query,
    kind: input.kind,
    level: input.level,
    departmentId: input.departmentId,
    skip: (input.page - 1) * input.pageSize,
    take: input.pageSize,
  });
  return {
    items: items.map((item) => withDeadline(calendar, query.today, item)),
    total,
    page: input.page,
    pageSize: input.pageSize,
  };
}

/** Warning and overdue items, per kind and in all. */
export async function supervisionCounts(ctx: SignedInContext): Promise<TSupervisionCounts> {
  const client = ctx.database.prisma;
  const { query } = await boardClock(client, ctx.now());
  const rows = await createSupervisionRepository(client).countsByKind(query);
  const zero = () => ({ warning: 0, overdue: 0 });
  const byKind = Object.fromEntries(
    SUPERVISION_KINDS.map((kind) => [kind, zero()]),
  ) as TSupervisionCounts["byKind"];
  const total = zero();
  for (const row of rows) {
    byKind[row.kind] = { warning: row.warning, overdue: row.overdue };
    total.warning += row.warning;
    total.overdue += row.overdue;
  }
  return { total, byKind };
}
