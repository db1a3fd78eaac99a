/**
 * 工作日: the official Chinese working-day calendar. A day is a working day when it is a make-up
 * working day (调休上班), or a Monday–Friday that is not a public holiday (放假). Deadlines such as
 * "the provider answers within 10 working days" (国发〔2016〕51号) count these days.
 *
 * Dates are calendar days in Asia/Shanghai, written YYYY-MM-DD; the maths is done on UTC midnights of
 * those days, so no time zone or daylight-saving rule can shift a day.
 */
export interface WorkingDayCalendar {
  /** 放假: days off, including those that fall on weekends */
  holidays: ReadonlySet<string>;
  /** 调休上班: weekend days that are working days */
  workdays: ReadonlySet<string>;
}

const DAY_MS = 86_400_000;

function parseDay(day: string): number {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new RangeError(`not a YYYY-MM-DD date: ${day}`);
  const time = Date.parse(`${day}T00:00:00Z`);
  if (Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== day)
    throw new RangeError(`no such date: ${day}`);
  return time;
}

const formatDay = (time: number) => new Date(time).toISOString().slice(0, 10);

/** The calendar day in Asia/Shanghai (UTC+8, no daylight saving) of an instant. */
export function shanghaiDay(at: Date): string {
  return formatDay(at.getTime() + 8 * 3_600_000);
}

export function isWorkingDay(calendar: WorkingDayCalendar, day: string): boolean {
  if (calendar.workdays.has(day)) return true;
  if (calendar.holidays.has(day)) return false;
  const weekday = new Date(parseDay(day)).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/**
 * The day that is `count` working days after `from` (the day something arrived does not count, as
 * with the State Council's "within 10 working days"). count 0 gives `from` itself.
 */
export function addWorkingDays(calendar: WorkingDayCalendar, from: string, count: number): string {
  if (!Number.isInteger(count) || count < 0)
    throw new RangeError(`count must be a whole number ≥ 0: ${count}`);
  let time = parseDay(from);
  let left = count;
  while (left > 0) {
    time += DAY_MS;
    if (isWorkingDay(calendar, formatDay(time))) left--;
  }
  return formatDay(time);
}

/**
 * Working days after `from` up to and including `to` (negative when `to` is earlier): how many
 * working days are left until a deadline, or how far past it we are.
 */
export function workingDaysBetween(calendar: WorkingDayCalendar, from: string, to: string): number {
  const start = parseDay(from);
  const end = parseDay(to);
  const [low, high, sign] = start <= end ? [start, end, 1] : [end, start, -1];
  let count = 0;
  for (let time = low + DAY_MS; time <= high; time += DAY_MS) {
    if (isWorkingDay(calendar, formatDay(time))) count++;
  }
  return sign * count;
}

/** Builds a calendar from rows such as the database's or the seed file's. */
export function calendarOf(
  days: readonly { day: string; kind: "holiday" | "workday" }[],
): WorkingDayCalendar {
  const holidays = new Set<string>();
  const workdays = new Set<string>();
  for (const { day, kind } of days) (kind === "holiday" ? holidays : workdays).add(day);
  return { holidays, workdays };
}

/** Expands inclusive holiday ranges, as the State Council publishes them, into single days. */
export function expandRange(first: string, last: string): string[] {
  const days: string[] = [];
  for (let time = parseDay(first); time <= parseDay(last); time += DAY_MS) days.push(formatDay(time));
  return days;
}
