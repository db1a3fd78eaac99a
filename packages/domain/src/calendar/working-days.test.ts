import { describe, expect, it } from "vitest";
import official from "../../../../prisma/seed/official-calendar.json" with { type: "json" };
import {
  addWorkingDays,
  calendarOf,
  expandRange,
  isWorkingDay,
  shanghaiDay,
  workingDaysBetween,
  type WorkingDayCalendar,
} from "./working-days.ts";

/** The seeded official calendar, as the server loads it. */
function officialCalendar(): WorkingDayCalendar {
  const days: { day: string; kind: "holiday" | "workday" }[] = [];
  for (const year of Object.values(official.years)) {
    for (const [first, last] of year.holidays)
      for (const day of expandRange(first!, last!)) days.push({ day, kind: "holiday" });
    for (const [day] of year.workdays) days.push({ day: day!, kind: "workday" });
  }
  return calendarOf(days);
}
const calendar = officialCalendar();

describe("working days", () => {
  it("knows weekdays, weekends, holidays and make-up working days", () => {
    expect(isWorkingDay(calendar, "2016-03-01")).toBe(true); // a Tuesday
    expect(isWorkingDay(calendar, "2016-03-05")).toBe(false); // a Saturday
    expect(isWorkingDay(calendar, "2016-02-08")).toBe(false); // Spring Festival, a Monday
    expect(isWorkingDay(calendar, "2016-02-06")).toBe(true); // 调休: a Saturday at work
    expect(isWorkingDay(calendar, "2026-02-28")).toBe(true);
    expect(isWorkingDay(calendar, "2026-02-23")).toBe(false);
  });

  it("adds 10 working days across the 2016 Spring Festival and its 调休 weekends", () => {
    // Tue 2 Feb 2016: 3,4,5 (Wed–Fri), 6 (Sat, 调休), 7–13 off, 14 (Sun, 调休), 15,16,17,18,19
    expect(addWorkingDays(calendar, "2016-02-02", 10)).toBe("2016-02-19");
    expect(workingDaysBetween(calendar, "2016-02-02", "2016-02-19")).toBe(10);
  });

  it("adds working days across the 2026 Spring Festival (nine days off)", () => {
    // Thu 12 Feb 2026: 13 (Fri), 14 (Sat, 调休), 15–23 off, 24,25,26,27, 28 (Sat, 调休), 2 Mar…
    expect(addWorkingDays(calendar, "2026-02-12", 6)).toBe("2026-02-27");
    expect(addWorkingDays(calendar, "2026-02-12", 7)).toBe("2026-02-28");
    expect(addWorkingDays(calendar, "2026-02-12", 8)).toBe("2026-03-02");
  });

  it("counts backwards as negative, and zero for the same day", () => {
    expect(workingDaysBetween(calendar, "2016-02-19", "2016-02-02")).toBe(-10);
    expect(workingDaysBetween(calendar, "2024-05-06", "2024-05-06")).toBe(0);
    expect(addWorkingDays(calendar, "2024-05-06", 0)).toBe("2024-05-06");
  });

  it("crosses the National Day week with its two 调休 Saturdays/Sundays (2024)", () => {
    // Fri 27 Sep 2024: 29 (Sun, 调休), 30, 1–7 Oct off, 8, 9, 10, 11, 12 (Sat, 调休)
    expect(addWorkingDays(calendar, "2024-09-27", 2)).toBe("2024-09-30");
    expect(addWorkingDays(calendar, "2024-09-27", 7)).toBe("2024-10-12");
  });

  it("reads the day in Asia/Shanghai, not UTC", () => {
    expect(shanghaiDay(new Date("2026-01-31T16:30:00Z"))).toBe("2026-02-01");
    expect(shanghaiDay(new Date("2026-01-31T15:59:59Z"))).toBe("2026-01-31");
  });

  it("refuses malformed dates and negative counts", () => {
    expect(() => addWorkingDays(calendar, "2026-02-30", 1)).toThrow(RangeError);
    expect(() => addWorkingDays(calendar, "2026-02-01", -1)).toThrow(RangeError);
  });
});
