import { describe, expect, it } from "vitest";
import { addWorkingDays, calendarOf, expandRange } from "../calendar/working-days.ts";
import { earliestAskedDayDueFrom } from "./replies.ts";

// the 2016 Spring Festival: 7–13 Feb off, Sat 6 and Sun 14 Feb worked (调休)
const calendar = calendarOf([
  ...expandRange("2016-02-07", "2016-02-13").map((day) => ({ day, kind: "holiday" as const })),
  { day: "2016-02-06", kind: "workday" },
  { day: "2016-02-14", kind: "workday" },
]);

describe("earliest asked day due from", () => {
  it("finds the first asking day whose 10-working-day due day is in the period", () => {
    // asked Tue 2 Feb 2016 → due Fri 19 Feb; asked Mon 1 Feb → due Thu 18 Feb
    expect(addWorkingDays(calendar, "2016-02-02", 10)).toBe("2016-02-19");
    expect(addWorkingDays(calendar, "2016-02-01", 10)).toBe("2016-02-18");
    expect(earliestAskedDayDueFrom(calendar, "2016-02-19", 10)).toBe("2016-02-02");
    // asked Wed 27 Jan: 28, 29, 1–5 Feb, 6 (调休), 14 (调休), 15 → due Mon 15 Feb; a day earlier → 14 Feb
    expect(earliestAskedDayDueFrom(calendar, "2016-02-15", 10)).toBe("2016-01-27");
    expect(addWorkingDays(calendar, "2016-01-27", 10)).toBe("2016-02-15");
    expect(addWorkingDays(calendar, "2016-01-26", 10)).toBe("2016-02-14");
  });

  it("an ordinary week: 10 working days back is two weeks", () => {
    // due from Mon 7 Mar 2016: asked Mon 22 Feb is due Mon 7 Mar; asked the Sunday before, Fri 4 Mar
    expect(earliestAskedDayDueFrom(calendar, "2016-03-07", 10)).toBe("2016-02-22");
    expect(addWorkingDays(calendar, "2016-02-21", 10)).toBe("2016-03-04");
  });
});
