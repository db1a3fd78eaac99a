import { addWorkingDays, type WorkingDayCalendar } from "../calendar/working-days.ts";

const previousDay = (day: string) =>
  new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/**
 * The earliest day on which something given `workingDays` to answer can have been asked and still
 * fall due on or after `firstDueDay`. Requests do not store the provider's due day once it has
 * answered, so the rankings recompute it; this bounds which requests can be due in a period, exactly
 * and whatever holidays the calendar holds.
 */
export function earliestAskedDayDueFrom(
  calendar: WorkingDayCalendar,
  firstDueDay: string,
  workingDays: number,
): string {
  let day = firstDueDay;
  // due days never go down as the asking day moves later, so step back until one falls before
  while (addWorkingDays(calendar, previousDay(day), workingDays) >= firstDueDay) day = previousDay(day);
  return day;
}
