import { addWorkingDays, isWorkingDay, type WorkingDayCalendar } from "../calendar/working-days.ts";

/**
 * 电子监察 (electronic supervision) warns before a deadline passes and flags it once it has: a due
 * item is `warning` within this many working days of its due date, `overdue` after it.
 */
export const WARNING_WORKING_DAYS = 2;

export const DEADLINE_LEVELS = ["ok", "warning", "overdue"] as const;
export type DeadlineLevel = (typeof DEADLINE_LEVELS)[number];

/** Where an open item stands on `today` (both YYYY-MM-DD days in Asia/Shanghai). */
export function deadlineLevel(calendar: WorkingDayCalendar, today: string, dueDate: string): DeadlineLevel {
  if (dueDate < today) return "overdue";
  return workingDaysLeft(calendar, today, dueDate) <= WARNING_WORKING_DAYS ? "warning" : "ok";
}

/**
 * The first due date that is no longer a warning on `today`: an item is `warning` exactly when
 * today ≤ due < this day. Lets a database filter by level with two date comparisons, agreeing with
 * deadlineLevel (a holiday just before this day still counts as within the warning window).
 */
export function warningWindowEnd(calendar: WorkingDayCalendar, today: string): string {
  return addWorkingDays(calendar, today, WARNING_WORKING_DAYS + 1);
}

const DAY_MS = 86_400_000;
const timeOf = (day: string) => Date.parse(`${day}T00:00:00Z`);

/**
 * Working days left until the due date; negative: how many working days it is overdue. The same count
 * as workingDaysBetween, but by arithmetic (whole weeks, then the calendar's few exceptions in the
 * range) rather than day by day: the plan's 2016 tasks are thousands of days overdue, on every board.
 */
export function workingDaysLeft(calendar: WorkingDayCalendar, today: string, dueDate: string): number {
  const [from, to, sign] = today <= dueDate ? [today, dueDate, 1] : [dueDate, today, -1];
  const low = timeOf(from);
  const high = timeOf(to);
  const days = Math.round((high - low) / DAY_MS);
  let count = Math.floor(days / 7) * 5;
  // the days after the whole weeks, at most six
  for (let time = low + Math.floor(days / 7) * 7 * DAY_MS + DAY_MS; time <= high; time += DAY_MS) {
    const weekday = new Date(time).getUTCDay();
    if (weekday !== 0 && weekday !== 6) count++;
  }
  const inRange = (day: string) => day > from && day <= to;
  const isWeekend = (day: string) => [0, 6].includes(new Date(timeOf(day)).getUTCDay());
  for (const day of calendar.holidays) {
    if (inRange(day) && !isWeekend(day) && !isWorkingDay(calendar, day)) count--;
  }
  for (const day of calendar.workdays) if (inRange(day) && isWeekend(day)) count++;
  return sign * count;
}
