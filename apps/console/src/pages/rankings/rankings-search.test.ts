import { describe, expect, it } from "vitest";
import { rankingsEnUS, rankingsZhCN } from "../../i18n/rankings-messages.ts";
import { formatFigure, parseRankingsSearch, periodTitle, rankingsExportUrl } from "./rankings-search.ts";

describe("rankings page state", () => {
  it("reads period and date from the URL, falling back to this month", () => {
    const today = "2026-11-25";
    expect(parseRankingsSearch(new URLSearchParams("period=week&date=2016-03-02"), today)).toEqual({
      period: "week",
      date: "2016-03-02",
    });
    expect(parseRankingsSearch(new URLSearchParams(""), today)).toEqual({ period: "month", date: today });
    expect(parseRankingsSearch(new URLSearchParams("period=decade&date=2016-02-30"), today)).toEqual({
      period: "month",
      date: today,
    });
  });

  it("links the export of the same bulletin", () => {
    expect(rankingsExportUrl({ period: "quarter", date: "2016-03-02" })).toBe(
      "/api/rankings/export.xlsx?period=quarter&date=2016-03-02",
    );
  });

  it("names periods in both languages, weeks by their ISO number", () => {
    expect(periodTitle(rankingsZhCN, "week", "2016-02-29")).toBe("2016年第9周");
    expect(periodTitle(rankingsZhCN, "week", "2015-12-28")).toBe("2015年第53周");
    expect(periodTitle(rankingsZhCN, "month", "2016-03-01")).toBe("2016年3月");
    expect(periodTitle(rankingsZhCN, "quarter", "2016-07-01")).toBe("2016年第3季度");
    expect(periodTitle(rankingsZhCN, "year", "2016-01-01")).toBe("2016年度");
    expect(periodTitle(rankingsEnUS, "month", "2016-03-01")).toBe("March 2016");
    expect(periodTitle(rankingsEnUS, "week", "2016-02-29")).toBe("Week 9 of 2016");
  });

  it("shows figures with one decimal and no data as a dash, never as 0", () => {
    expect(formatFigure(66.7)).toBe("66.7");
    expect(formatFigure(0)).toBe("0.0");
    expect(formatFigure(100)).toBe("100.0");
    expect(formatFigure(null)).toBe("—");
  });
});
