import { describe, expect, it } from "vitest";
import { calendarOf, workingDaysBetween } from "../calendar/working-days.ts";
import { deadlineLevel, warningWindowEnd, workingDaysLeft } from "./deadline-level.ts";

// 2026: Fri 25 Sep – Sun 27 Sep off (中秋), 1–7 Oct off (国庆), Sat 10 Oct a make-up working day
const calendar = calendarOf([
  ...["2026-09-25", "2026-10-01", "2026-10-02", "2026-10-05", "2026-10-06", "2026-10-07"].map((day) => ({
    day,
    kind: "holiday" as const,
  })),
  { day: "2026-10-10", kind: "workday" },
]);

describe("deadlineLevel (电子监察 warning / overdue)", () => {
  it("is ok more than 2 working days ahead, warning within 2, overdue the day after the due date", () => {
    // Mon 14 Sep 2026
    expect(deadlineLevel(calendar, "2026-09-14", "2026-09-17")).toBe("ok"); // Thu: 3 working days
    expect(deadlineLevel(calendar, "2026-09-14", "2026-09-16")).toBe("warning"); // Wed: 2
    expect(deadlineLevel(calendar, "2026-09-14", "2026-09-14")).toBe("warning"); // due today
    expect(deadlineLevel(calendar, "2026-09-15", "2026-09-14")).toBe("overdue");
  });

  it("counts working days, not calendar days, across holidays and make-up days", () => {
    // Wed 30 Sep → Thu 8 Oct: 1–7 Oct off, so only Thu 8 Oct counts
    expect(workingDaysLeft(calendar, "2026-09-30", "2026-10-08")).toBe(1);
    expect(deadlineLevel(calendar, "2026-09-30", "2026-10-09")).toBe("warning");
    // Sat 10 Oct is a working day: Thu 8, Fri 9, Sat 10 = 3
    expect(deadlineLevel(calendar, "2026-09-30", "2026-10-10")).toBe("ok");
    expect(workingDaysLeft(calendar, "2026-10-12", "2026-10-08")).toBe(-3);
  });

  it("agrees with the warning window a database filters by", () => {
    for (const today of ["2026-09-14", "2026-09-24", "2026-09-30", "2026-10-09"]) {
      const end = warningWindowEnd(calendar, today);
      for (let offset = 0; offset < 20; offset++) {
        const due = new Date(Date.parse(`${today}T00:00:00Z`) + offset * 86_400_000)
          .toISOString()
          .slice(0, 10);
        expect(deadlineLevel(calendar, today, due) === "warning", `${today} → ${due}`).toBe(due < end);
      }
    }
  });

  it("counts working days left exactly as the calendar does, over short and very long spans", () => {
    const days = (first: string, count: number, step: number) =>
      Array.from({ length: count }, (_, index) =>
        new Date(Date.parse(`${first}T00:00:00Z`) + index * step * 86_400_000).toISOString().slice(0, 10),
      );
    const pairs = [
      ...days("2026-09-20", 30, 1).flatMap((from) => days("2026-09-20", 30, 1).map((to) => [from, to])),
      ...days("2016-04-25", 12, 97).map((from) => [from, "2026-11-25"]),
    ];
    for (const [from, to] of pairs) {
      expect(workingDaysLeft(calendar, from!, to!), `${from} → ${to}`).toBe(
        workingDaysBetween(calendar, from!, to!),
      );
    }
  });
});
