import { createRankingRepository, type RankingWindow } from "@govshare/db";
import {
  addWorkingDays,
  averageWorkingDays,
  earliestAskedDayDueFrom,
  percentOf,
  rankByScore,
  rankingPeriodOf,
  replyOutcome,
  shanghaiDay,
  workingDaysBetween,
  type RankingPeriodBounds,
} from "@govshare/domain";
import type { TRankingListInput, TRankingListOutput } from "@govshare/validators";
import { loadCalendar } from "../calendar/service.ts";
import { SHARING_DEADLINES } from "../sharing/service.ts";
import type { SignedInContext } from "../trpc.ts";

/** 通报排名: who reads the bulletins (the centre and the supervisors) also exports and prints them. */
export const RANKINGS_ROLES = ["centre", "supervisor"] as const;

/** 00:00 in Asia/Shanghai (UTC+8, no daylight saving) of a calendar day. */
const shanghaiMidnight = (day: string) => new Date(`${day}T00:00:00+08:00`);
const nextDay = (day: string) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

function windowOf(bounds: RankingPeriodBounds): RankingWindow {
  return {
    startDay: bounds.start,
    endDay: bounds.end,
    startsAt: shanghaiMidnight(bounds.start),
    endsBefore: shanghaiMidnight(nextDay(bounds.end)),
  };
}

/** What one department's replies add up to while the rows are read. */
interface ReplyTally {
  counted: number;
  onTime: number;
  workingDays: number[];
}

/**
 * 通报排名 for a week, month, quarter or year: the four figures per department (definitions in
 * packages/domain/src/rankings/figures.ts), the score and the rank. The database aggregates by
 * department; reply rows come back as they are because due days and reply times are counted in
 * working days of the official calendar, which only the domain knows.
 */
export async function listRankings(
  ctx: SignedInContext,
  input: TRankingListInput,
): Promise<TRankingListOutput> {
  const bounds = rankingPeriodOf(input.period, input.date);
  const window = windowOf(bounds);
  const today = shanghaiDay(ctx.now());
  const prisma = ctx.database.prisma;
  const calendar = await loadCalendar(prisma);
  const providerDays = SHARING_DEADLINES.providerWorkingDays;
  const askedFrom = shanghaiMidnight(earliestAskedDayDueFrom(calendar, bounds.start, providerDays));
  const repository = createRankingRepository(prisma);
  const [departments, sharing, completeness, providerSteps, objections] = await Promise.all([
    repository.departments(),
    repository.sharingCounts(window),
    repository.completenessCounts(window),
    repository.providerSteps(window, askedFrom),
    repository.objectionReplies(window),
  ]);

  const inPeriod = (day: string | null): day is string =>
    day !== null && day >= bounds.start && day <= bounds.end;
  const tallies = new Map<string, ReplyTally>();
  function tally(reply: {
    departmentId: string;
    askedDay: string;
    dueDay: string;
    answeredDay: string | null;
    withdrawnDay: string | null;
  }) {
    let departmentTally = tallies.get(reply.departmentId);
    if (!departmentTally)
      tallies.set(reply.departmentId, (departmentTally = { counted: 0, onTime: 0, workingDays: [] }));
    if (inPeriod(reply.dueDay)) {
      const outcome = replyOutcome({ ...reply, today });
      if (outcome !== "not_counted") departmentTally.counted++;
      if (outcome === "on_time") departmentTally.onTime++;
    }
    if (inPeriod(reply.answeredDay))
      departmentTally.workingDays.push(workingDaysBetween(calendar, reply.askedDay, reply.answeredDay));
  }
  for (const step of providerSteps) {
    const askedDay = shanghaiDay(step.createdAt);
    tally({
      departmentId: step.departmentId,
      askedDay,
      // the provider's due day is not kept once it has answered: recomputed as the request set it
      dueDay: addWorkingDays(calendar, askedDay, providerDays),
      answeredDay: step.answeredAt ? shanghaiDay(step.answeredAt) : null,
      withdrawnDay: step.withdrawnAt ? shanghaiDay(step.withdrawnAt) : null,
    });
  }
  for (const objection of objections) {
    tally({
      departmentId: objection.departmentId,
      askedDay: shanghaiDay(objection.createdAt),
      dueDay: objection.dueDate,
      answeredDay: objection.answeredAt ? shanghaiDay(objection.answeredAt) : null,
      withdrawnDay: null,
    });
  }

  const sharingBy = new Map(sharing.map((row) => [row.departmentId, row]));
  const completenessBy = new Map(completeness.map((row) => [row.departmentId, row]));
  const rows = departments.map((department) => {
    const shared = sharingBy.get(department.id);
    const complete = completenessBy.get(department.id);
    const replies = tallies.get(department.id);
    return {
      departmentId: department.id,
      departmentName: department.name,
      sharingRate: shared ? percentOf(shared.shared, shared.formed) : null,
      onTimeReplyRate: replies ? percentOf(replies.onTime, replies.counted) : null,
      averageReplyWorkingDays: replies ? averageWorkingDays(replies.workingDays) : null,
      catalogueCompleteness: complete ? percentOf(complete.complete, complete.registered) : null,
    };
  });
  return { period: bounds.period, start: bounds.start, end: bounds.end, items: rankByScore(rows) };
}
