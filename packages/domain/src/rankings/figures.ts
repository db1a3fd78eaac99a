/**
 * 通报排名: the four figures departments are ranked by (周清月结季通报年度考核, 绩效考核结果自动生成),
 * how each is computed from counts the database aggregates, and how they combine into a score.
 * Every share is a percentage with one decimal, or null when there was nothing to count: an empty
 * denominator is "no data", neither 0% nor 100%.
 */

/** 国发〔2016〕51号 gives the provider 10 working days; a reply that takes that long scores 0. */
export const REPLY_TIME_SCORE_LIMIT_WORKING_DAYS = 10;

export const RANKING_FIGURES = [
  "sharingRate",
  "onTimeReplyRate",
  "averageReplyWorkingDays",
  "catalogueCompleteness",
] as const;
export type RankingFigure = (typeof RANKING_FIGURES)[number];

/** The definitions shown next to the figures (console legend, export sheet). */
export const RANKING_DEFINITIONS: Record<RankingFigure | "score", { zh: string; en: string }> = {
  sharingRate: {
    zh: "共享率：本期形成（形成日期在本期内）且已编目（草稿、已提交或已发布，不含已撤销）的信息资源中，已发布且共享类型为无条件或有条件共享的比例。",
    en: "Sharing rate: of the resources formed in the period (formation date) and registered in the catalogue (draft, submitted or published; retired ones excluded), the share published as unconditional or conditional.",
  },
  onTimeReplyRate: {
    zh: "按时答复率：答复期限在本期内的提供方答复（有条件共享申请的提供方审核、疑义核实），按期限（含当日）答复的比例；期限已过仍未答复的计为逾期，尚未到期且未答复的不计。",
    en: "On-time reply rate: of the provider replies due in the period (provider step of conditional sharing requests, objections), the share answered by the due day; unanswered past the due day counts as late, not yet due and unanswered is not counted.",
  },
  averageReplyWorkingDays: {
    zh: "平均答复用时：本期内作出的提供方答复，自申请（或疑义提出）之日至答复之日的工作日数的平均值（按法定节假日和调休计算）。",
    en: "Average reply time: for provider replies made in the period, the mean number of working days (official holidays and make-up days counted) from the request (or objection) to the reply.",
  },
  catalogueCompleteness: {
    zh: "目录完整率：已编目（草稿、已提交或已发布）且形成日期不晚于本期末的信息资源中，核心字段齐全（摘要、至少一个信息项、有条件或不予共享时的共享条件、更新周期、共享方式（不予共享的除外））的比例。",
    en: "Catalogue completeness: of the department's registered resources (draft, submitted or published) formed by the end of the period, the share with every core field filled (abstract, at least one data item, sharing condition unless unconditional, update cycle, sharing method unless not shared).",
  },
  score: {
    zh: `综合得分：可计算的各项指标得分的平均值（0–100）；三项比率按百分数计，平均答复用时按 100 ×（1 − 工作日数 ÷ ${REPLY_TIME_SCORE_LIMIT_WORKING_DAYS}）计（不低于 0，用时越短得分越高）。无任何数据的部门排在最后。`,
    en: `Score: the mean of the figures available (0–100); the three rates count as their percentage, the average reply time as 100 × (1 − working days ÷ ${REPLY_TIME_SCORE_LIMIT_WORKING_DAYS}) (at least 0: shorter is better). Departments with no data at all rank last.`,
  },
};

// the nudge keeps halves such as 61.675 (binary 61.67499…) rounding up, as a reader rounds by hand
const oneDecimal = (value: number) => Math.round(value * 10 + 1e-9) / 10;

/** numerator ÷ denominator in percent, one decimal; null when the denominator is empty. */
export function percentOf(numerator: number, denominator: number): number | null {
  if (denominator <= 0) return null;
  return oneDecimal((numerator / denominator) * 100);
}

/** not_counted: not due yet and unanswered, or withdrawn by the requester before it fell due */
export type ReplyOutcome = "on_time" | "late" | "not_counted";

/**
 * Whether a provider reply due on `dueDay` was on time: answered on or before the due day. Not
 * answered and the due day is past (as of today, or of a later withdrawal): late. Not answered with
 * time left, or withdrawn while there was time left: it does not count either way.
 */
export function replyOutcome(reply: {
  dueDay: string;
  answeredDay: string | null;
  today: string;
  withdrawnDay?: string | null;
}): ReplyOutcome {
  if (reply.answeredDay !== null) return reply.answeredDay <= reply.dueDay ? "on_time" : "late";
  const closedOn = reply.withdrawnDay ?? reply.today;
  return closedOn > reply.dueDay ? "late" : "not_counted";
}

/** Mean of working-day counts, one decimal; null when there was no reply. */
export function averageWorkingDays(days: readonly number[]): number | null {
  if (!days.length) return null;
  return oneDecimal(days.reduce((sum, value) => sum + value, 0) / days.length);
}

/** The reply time as a 0–100 score: 0 working days → 100, the legal limit or more → 0. */
export function replyTimeScore(workingDays: number): number {
  return Math.max(0, 100 * (1 - workingDays / REPLY_TIME_SCORE_LIMIT_WORKING_DAYS));
}

export interface RankingFigures {
  sharingRate: number | null;
  onTimeReplyRate: number | null;
  averageReplyWorkingDays: number | null;
  catalogueCompleteness: number | null;
}

/** Mean of the available normalised figures, one decimal; null when no figure is available. */
export function rankingScore(figures: RankingFigures): number | null {
  const normalised = [
    figures.sharingRate,
    figures.onTimeReplyRate,
    figures.averageReplyWorkingDays === null ? null : replyTimeScore(figures.averageReplyWorkingDays),
    figures.catalogueCompleteness,
  ].filter((value): value is number => value !== null);
  if (!normalised.length) return null;
  return oneDecimal(normalised.reduce((sum, value) => sum + value, 0) / normalised.length);
}

export type Ranked<T> = T & { rank: number; score: number | null };

/**
 * Orders departments by score, best first. Equal scores share a rank and the next rank skips
 * (1, 2, 2, 4); departments without any figure come last, all sharing the rank after the others.
 * Among equals the input order is kept, so the caller decides the tiebreak (e.g. department order).
 */
export function rankByScore<T extends RankingFigures>(rows: readonly T[]): Ranked<T>[] {
  const scored = rows.map((row, index) => ({ row, index, score: rankingScore(row) }));
  scored.sort((a, b) => {
    if (a.score === null || b.score === null) {
      if (a.score !== b.score) return a.score === null ? 1 : -1;
      return a.index - b.index;
    }
    return b.score - a.score || a.index - b.index;
  });
  const ranked: Ranked<T>[] = [];
  scored.forEach((entry, position) => {
    const previous = scored[position - 1];
    const rank = previous && previous.score === entry.score ? ranked[position - 1]!.rank : position + 1;
    ranked.push({ ...entry.row, rank, score: entry.score });
  });
  return ranked;
}
