import { describe, expect, it } from "vitest";
import { projectedValue, targetStatus } from "./target-status.ts";

const base = {
  targetValue: 100,
  startDate: "2016-01-01",
  deadline: "2016-06-30",
  history: [] as { day: string; value: number | null }[],
};

describe("target status", () => {
  it("is achieved when the value reaches the target, even after the deadline", () => {
    expect(targetStatus({ ...base, value: 100, today: "2016-03-01" })).toBe("achieved");
    expect(targetStatus({ ...base, value: 100, today: "2016-08-01" })).toBe("achieved");
  });

  it("is missed once the deadline has passed without the target", () => {
    expect(targetStatus({ ...base, value: 99.9, today: "2016-07-01" })).toBe("missed");
    expect(targetStatus({ ...base, value: null, today: "2016-07-01" })).toBe("missed");
  });

  it("projects from 0 at the start date when there is no history", () => {
    // 1 Apr is about halfway (91 of 181 days): 60% there projects above 100% by 30 Jun, 40% does not
    expect(targetStatus({ ...base, value: 60, today: "2016-04-01" })).toBe("on_track");
    expect(targetStatus({ ...base, value: 40, today: "2016-04-01" })).toBe("at_risk");
    expect(projectedValue({ ...base, value: 50, today: "2016-04-01" })).toBeCloseTo((50 / 91) * 181, 5);
  });

  it("follows the history's trend rather than the start date", () => {
    // flat at 80% for a month: the line does not rise, so 100% is out of reach
    const flat = [
      { day: "2016-03-01", value: 80 },
      { day: "2016-03-15", value: 80 },
    ];
    expect(targetStatus({ ...base, value: 80, today: "2016-04-01", history: flat })).toBe("at_risk");
    const rising = [
      { day: "2016-03-01", value: 20 },
      { day: "2016-03-15", value: 40 },
    ];
    expect(targetStatus({ ...base, value: 60, today: "2016-04-01", history: rising })).toBe("on_track");
  });

  it("is at risk when there is nothing to count yet, or no line can be drawn", () => {
    expect(targetStatus({ ...base, value: null, today: "2016-04-01" })).toBe("at_risk");
    // today is the start date: every point on one day
    expect(projectedValue({ ...base, value: 50, today: "2016-01-01" })).toBeNull();
    expect(targetStatus({ ...base, value: 50, today: "2016-01-01" })).toBe("at_risk");
  });

  it("ignores history without a value and snapshots of today or later", () => {
    const history = [
      { day: "2016-02-01", value: null },
      { day: "2016-04-01", value: 0 },
    ];
    expect(projectedValue({ ...base, value: 60, today: "2016-04-01", history })).toBeCloseTo(
      (60 / 91) * 181,
      5,
    );
  });

  it("is achieved on the deadline day itself, and at risk there if short (not yet missed)", () => {
    expect(targetStatus({ ...base, value: 100, today: "2016-06-30" })).toBe("achieved");
    expect(targetStatus({ ...base, value: 90, today: "2016-06-30" })).toBe("at_risk");
  });
});
