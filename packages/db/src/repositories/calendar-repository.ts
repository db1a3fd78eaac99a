import type { Prisma, PrismaClient } from "../generated/prisma/client.ts";

type Client = PrismaClient | Prisma.TransactionClient;

const isoDay = (date: Date) => date.toISOString().slice(0, 10);
const toDate = (day: string) => new Date(`${day}T00:00:00Z`);

export interface CalendarDayRow {
  day: string;
  kind: "holiday" | "workday";
  name: string;
}

export function createCalendarRepository(prisma: Client) {
  return {
    /** Every exception to the week (a few dozen a year): small enough to load whole. */
    async all(): Promise<CalendarDayRow[]> {
      const rows = await prisma.calendarDay.findMany({
        orderBy: { day: "asc" },
        select: { day: true, kind: true, name: true },
      });
      return rows.map((row) => ({
        day: isoDay(row.day),
        kind: row.kind as CalendarDayRow["kind"],
        name: row.name,
      }));
    },

    async set(day: string, kind: "holiday" | "workday", name: string): Promise<void> {
      await prisma.calendarDay.upsert({
        where: { day: toDate(day) },
        create: { day: toDate(day), kind, name },
        update: { kind, name },
        select: { day: true },
      });
    },

    async remove(day: string): Promise<void> {
      await prisma.calendarDay.deleteMany({ where: { day: toDate(day) } });
    },

    /** Seeds days that are not there yet; days the centre changed stay as they are. */
    async seedMissing(days: CalendarDayRow[]): Promise<number> {
      const { count } = await prisma.calendarDay.createMany({
        data: days.map((day) => ({ ...day, day: toDate(day.day) })),
        skipDuplicates: true,
      });
      return count;
    },
  };
}
