import { z } from "zod";
import { bilingual } from "./zod-messages.ts";

/** 周清月结季通报年度考核: the four periods departments are ranked over. */
export const RANKING_PERIODS = ["week", "month", "quarter", "year"] as const;
export const ZRankingPeriodSchema = z.enum(RANKING_PERIODS);
export type TRankingPeriod = z.infer<typeof ZRankingPeriodSchema>;

export const ZRankingListInputSchema = z.object({
  period: ZRankingPeriodSchema,
  /** any day inside the period (Asia/Shanghai calendar day) */
  date: z.iso.date(bilingual("日期应为 YYYY-MM-DD", "a date is YYYY-MM-DD")),
});
export type TRankingListInput = z.infer<typeof ZRankingListInputSchema>;

/** A share in percent (0–100, one decimal), or null when there was nothing to count. */
const ZPercentOrNull = z.number().min(0).max(100).nullable();

export const ZRankingItemSchema = z.object({
  /** 1-based; equal scores share a rank; departments with no data share the last rank */
  rank: z.int().min(1),
  departmentId: z.uuid(),
  departmentName: z.string(),
  sharingRate: ZPercentOrNull,
  onTimeReplyRate: ZPercentOrNull,
  /** working days, one decimal */
  averageReplyWorkingDays: z.number().min(0).nullable(),
  catalogueCompleteness: ZPercentOrNull,
  /** 0–100, mean of the available normalised figures; null: no data at all */
  score: ZPercentOrNull,
});
export type TRankingItem = z.infer<typeof ZRankingItemSchema>;

export const ZRankingListOutputSchema = z.object({
  period: ZRankingPeriodSchema,
  /** first and last day of the period, inclusive */
  start: z.iso.date(),
  end: z.iso.date(),
  items: z.array(ZRankingItemSchema),
});
export type TRankingListOutput = z.infer<typeof ZRankingListOutputSchema>;
