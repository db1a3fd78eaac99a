import official from "../../../../prisma/seed/official-calendar.json" with { type: "json" };
import { createCalendarRepository, type CalendarDayRow, type Database, type Transaction } from "@govshare/db";
import { addWorkingDays, calendarOf, expandRange, type WorkingDayCalendar } from "@govshare/domain";
import { inAuditedTransaction } from "../audit/record.ts";
import type { SignedInContext } from "../trpc.ts";

/** The calendar as the database holds it (the official schedule, as edited by the centre). */
export async function loadCalendar(tx: Transaction | Database["prisma"]): Promise<WorkingDayCalendar> {
  return calendarOf(await createCalendarRepository(tx).all());
}

/** The State Council's schedules in prisma/seed; days the centre already changed are kept. */
export async function seedOfficialCalendar(database: Database): Promise<number> {
  const days: CalendarDayRow[] = [];
  for (const year of Object.values(official.years)) {
    for (const [first, last, name] of year.holidays) {
      for (const day of expandRange(first!, last!)) days.push({ day, kind: "holiday", name: name! });
    }
    for (const [day, name] of year.workdays) days.push({ day: day!, kind: "workday", name: name! });
  }
  return createCalendarRepository(database.prisma).seedMissing(days);
}

export async function listCalendarDays(ctx: SignedInContext, year: number): Promise<CalendarDayRow[]> {
  const all = await createCalendarRepository(ctx.database.prisma).all();
  return all.filter((row) => row.day.startsWith(`${year}-`));
}

/** The centre marks a day as holiday or make-up working day, or back to ordinary (kind null). */
export async function setCalendarDay(
  ctx: SignedInContext,
  input: { day: string; kind: "holiday" | "workday" | null; name: string },
): Promise<{ ok: true }> {
  return inAuditedTransaction(ctx, async (tx, recordAudit) => {
    const calendar = createCalendarRepository(tx);
    const before = (await calendar.all()).find((row) => row.day === input.day) ?? null;
    if (input.kind) await calendar.set(input.day, input.kind, input.name);
    else await calendar.remove(input.day);
    await recordAudit({
      action: "calendar.set",
      subjectType: "calendar_day",
      subjectId: input.day,
      before,
      after: input,
    });
    return { ok: true as const };
  });
}

export async function addWorkingDaysFrom(
  ctx: SignedInContext,
  from: string,
  days: number,
): Promise<{ day: string }> {
  return { day: addWorkingDays(await loadCalendar(ctx.database.prisma), from, days) };
}
