import { describe, expect, it } from "vitest";
import { isoWeekOf, rankingPeriodLabel, rankingPeriodOf } from "./period.ts";

describe("ranking periods", () => {
  it("weeks run Monday to Sunday", () => {
    // Wed 2 Mar 2016
    expect(rankingPeriodOf("week", "2016-03-02")).toEqual({
      period: "week",
      start: "2016-02-29",
      end: "2016-03-06",
    });
    // a Monday and a Sunday belong to their own week
    expect(rankingPeriodOf("week", "2016-02-29").start).toBe("2016-02-29");
    expect(rankingPeriodOf("week", "2016-03-06")).toMatchObject({ start: "2016-02-29", end: "2016-03-06" });
    // across a year end: Fri 1 Jan 2016 is in the week of Mon 28 Dec 2015
    expect(rankingPeriodOf("week", "2016-01-01")).toMatchObject({ start: "2015-12-28", end: "2016-01-03" });
  });

  it("months end on their last day, leap February included", () => {
    expect(rankingPeriodOf("month", "2016-02-15")).toMatchObject({ start: "2016-02-01", end: "2016-02-29" });
    expect(rankingPeriodOf("month", "2015-02-01")).toMatchObject({ start: "2015-02-01", end: "2015-02-28" });
    expect(rankingPeriodOf("month", "2016-12-31")).toMatchObject({ start: "2016-12-01", end: "2016-12-31" });
  });

  it("quarters are calendar quarters", () => {
    expect(rankingPeriodOf("quarter", "2016-01-01")).toMatchObject({
      start: "2016-01-01",
      end: "2016-03-31",
    });
    expect(rankingPeriodOf("quarter", "2016-05-20")).toMatchObject({
      start: "2016-04-01",
      end: "2016-06-30",
    });
    expect(rankingPeriodOf("quarter", "2016-09-30")).toMatchObject({
      start: "2016-07-01",
      end: "2016-09-30",
    });
    expect(rankingPeriodOf("quarter", "2016-10-01")).toMatchObject({
      start: "2016-10-01",
      end: "2016-12-31",
    });
  });

  it("years are calendar years", () => {
    expect(rankingPeriodOf("year", "2016-06-30")).toEqual({
      period: "year",
      start: "2016-01-01",
      end: "2016-12-31",
    });
  });

  it("refuses what is not a day", () => {
    expect(() => rankingPeriodOf("month", "2016-02-30")).toThrow(RangeError);
    expect(() => rankingPeriodOf("week", "2016-3-1")).toThrow(RangeError);
  });

  it("numbers ISO weeks, whose year the Thursday decides", () => {
    expect(isoWeekOf("2016-03-02")).toEqual({ year: 2016, week: 9 });
    expect(isoWeekOf("2016-01-01")).toEqual({ year: 2015, week: 53 });
    expect(isoWeekOf("2016-01-04")).toEqual({ year: 2016, week: 1 });
    expect(isoWeekOf("2026-11-25")).toEqual({ year: 2026, week: 48 });
  });

  it("labels periods in Chinese and English", () => {
    expect(rankingPeriodLabel(rankingPeriodOf("week", "2016-03-02")).zh).toBe(
      "2016年第9周（2016-02-29 至 2016-03-06）",
    );
    expect(rankingPeriodLabel(rankingPeriodOf("month", "2016-03-02"))).toEqual({
      zh: "2016年3月",
      en: "March 2016",
    });
    expect(rankingPeriodLabel(rankingPeriodOf("quarter", "2016-08-02"))).toEqual({
      zh: "2016年第3季度",
      en: "Q3 2016",
    });
    expect(rankingPeriodLabel(rankingPeriodOf("year", "2016-08-02")).zh).toBe("2016年度");
  });
});
