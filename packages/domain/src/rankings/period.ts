import dayjs from "dayjs";
import utc from "dayjs/plugin/utc.js";
import type { TRankingPeriod } from "@govshare/validators";

// Days are Asia/Shanghai calendar days written YYYY-MM-DD; doing the maths in UTC keeps the server's
// own time zone (and any daylight-saving rule it has) out of it.
dayjs.extend(utc);

const DAY_FORMAT = "YYYY-MM-DD";

export interface RankingPeriodBounds {
  period: TRankingPeriod;
  /** first day, inclusive */
  start: string;
  /** last day, inclusive */
  end: string;
}

function parseDay(day: string): dayjs.Dayjs {
  const parsed = dayjs.utc(day, DAY_FORMAT);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || !parsed.isValid() || parsed.format(DAY_FORMAT) !== day)
    throw new RangeError(`not a YYYY-MM-DD date: ${day}`);
  return parsed;
}

/**
 * 周清月结季通报年度考核: the period of the given kind that contains `day`. Weeks run Monday to
 * Sunday (the Chinese working week), quarters are calendar quarters (Jan–Mar, …).
 */
export function rankingPeriodOf(period: TRankingPeriod, day: string): RankingPeriodBounds {
  const date = parseDay(day);
  let start: dayjs.Dayjs;
  let end: dayjs.Dayjs;
  switch (period) {
    case "week": {
      const sinceMonday = (date.day() + 6) % 7; // day(): 0 = Sunday
      start = date.subtract(sinceMonday, "day");
      end = start.add(6, "day");
      break;
    }
    case "month":
      start = date.startOf("month");
      end = date.endOf("month");
      break;
    case "quarter": {
      const firstMonth = Math.floor(date.month() / 3) * 3;
      start = date.month(firstMonth).startOf("month");
      end = start.add(2, "month").endOf("month");
      break;
    }
    case "year":
      start = date.startOf("year");
      end = date.endOf("year");
      break;
  }
  return { period, start: start.format(DAY_FORMAT), end: end.format(DAY_FORMAT) };
}

/** The ISO 8601 week of a day: its year (which the week's Thursday decides) and number (1–53). */
export function isoWeekOf(day: string): { year: number; week: number } {
  const date = parseDay(day);
  const thursday = date.add(3 - ((date.day() + 6) % 7), "day");
  return { year: thursday.year(), week: Math.floor(thursday.diff(thursday.startOf("year"), "day") / 7) + 1 };
}

/** How a period is named in titles: "2016年第9周", "2016年3月", "2016年第1季度", "2016年度". */
export function rankingPeriodLabel(bounds: RankingPeriodBounds): { zh: string; en: string } {
  const start = parseDay(bounds.start);
  const year = start.year();
  switch (bounds.period) {
    case "week": {
      const iso = isoWeekOf(bounds.start);
      return {
        zh: `${iso.year}年第${iso.week}周（${bounds.start} 至 ${bounds.end}）`,
        en: `Week ${iso.week} of ${iso.year} (${bounds.start} to ${bounds.end})`,
      };
    }
    case "month":
      return { zh: `${year}年${start.month() + 1}月`, en: start.format("MMMM YYYY") };
    case "quarter": {
      const quarter = Math.floor(start.month() / 3) + 1;
      return { zh: `${year}年第${quarter}季度`, en: `Q${quarter} ${year}` };
    }
    case "year":
      return { zh: `${year}年度`, en: `Year ${year}` };
  }
}
