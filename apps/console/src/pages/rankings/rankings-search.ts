import dayjs from "dayjs";
import type { TRankingPeriod } from "@govshare/validators";
import type { RankingsMessages } from "../../i18n/rankings-messages.ts";

/** The page's state lives in the URL (?period=month&date=2016-03-17), so a bulletin can be linked. */
export const RANKING_PERIOD_KEYS: readonly TRankingPeriod[] = ["week", "month", "quarter", "year"];
const DAY_FORMAT = "YYYY-MM-DD";
export const RANKINGS_EXPORT_URL = "/api/rankings/export.xlsx";

export interface RankingsSearch {
  period: TRankingPeriod;
  date: string;
}

const isDay = (raw: string | null): raw is string =>
  raw !== null && /^\d{4}-\d{2}-\d{2}$/.test(raw) && dayjs(raw).format(DAY_FORMAT) === raw;

/** Reads the URL; what is missing or malformed falls back to this month (`today`). */
export function parseRankingsSearch(params: URLSearchParams, today: string): RankingsSearch {
  const period = RANKING_PERIOD_KEYS.find((key) => key === params.get("period")) ?? "month";
  const date = params.get("date");
  return { period, date: isDay(date) ? date : today };
}

export function rankingsSearchParams(search: RankingsSearch): URLSearchParams {
  return new URLSearchParams({ period: search.period, date: search.date });
}

/** The workbook of the same bulletin (a plain link: the browser downloads with the session cookie). */
export function rankingsExportUrl(search: RankingsSearch): string {
  return `${RANKINGS_EXPORT_URL}?${rankingsSearchParams(search).toString()}`;
}

/** The ISO 8601 week (Monday first) of a day: the week's Thursday decides its year. */
function isoWeek(day: string): { year: number; week: number } {
  const date = dayjs(day);
  const thursday = date.add(3 - ((date.day() + 6) % 7), "day");
  return { year: thursday.year(), week: Math.floor(thursday.diff(thursday.startOf("year"), "day") / 7) + 1 };
}

/** "2016年3月", "Week 9 of 2016"…, named from the period's first day as the server computed it. */
export function periodTitle(t: RankingsMessages, period: TRankingPeriod, start: string): string {
  const date = dayjs(start);
  switch (period) {
    case "week": {
      const { year, week } = isoWeek(start);
      return t.periodTitle.week(year, week);
    }
    case "month":
      return t.periodTitle.month(date.year(), date.month() + 1);
    case "quarter":
      return t.periodTitle.quarter(date.year(), Math.floor(date.month() / 3) + 1);
    case "year":
      return t.periodTitle.year(date.year());
  }
}

/** A rate as "66.7", a number of working days as "2.0"; null (nothing to count) as the dash. */
export function formatFigure(value: number | null): string {
  return value === null ? "—" : value.toFixed(1);
}
