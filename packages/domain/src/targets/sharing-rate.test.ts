import { describe, expect, it } from "vitest";
import { rateOf, sharingRateCounts, sharingRateOf, sumRatios } from "./sharing-rate.ts";

const period = { start: "2016-01-01", end: "2016-06-30" };
const resource = (status: string, sharingType: string, formationDate = "2016-03-01") => ({
  status,
  sharingType,
  formationDate,
});

describe("sharing rate (新形成的政府信息资源共享率)", () => {
  it("has no value for an empty department: not 0%, not 100%", () => {
    expect(rateOf(sharingRateOf([], period))).toBeNull();
    expect(rateOf({ numerator: 0, denominator: 0 })).toBeNull();
  });

  it("counts published unconditional and conditional resources as shared, none-shared and unpublished as not", () => {
    const resources = [
      resource("published", "unconditional"),
      resource("published", "conditional"),
      resource("published", "none"),
      resource("submitted", "unconditional"),
      resource("draft", "conditional"),
    ];
    expect(sharingRateOf(resources, period)).toEqual({ numerator: 2, denominator: 5 });
    expect(rateOf({ numerator: 2, denominator: 5 })).toBe(40);
  });

  it("leaves retired resources out of both numerator and denominator", () => {
    expect(sharingRateCounts(resource("retired", "unconditional"), period)).toEqual({
      inDenominator: false,
      inNumerator: false,
    });
    expect(
      sharingRateOf([resource("retired", "unconditional"), resource("published", "none")], period),
    ).toEqual({ numerator: 0, denominator: 1 });
  });

  it("counts only resources formed inside the period, both ends included", () => {
    const counted = (formationDate: string) =>
      sharingRateCounts(resource("published", "unconditional", formationDate), period).inDenominator;
    expect(counted("2015-12-31")).toBe(false);
    expect(counted("2016-01-01")).toBe(true);
    expect(counted("2016-06-30")).toBe(true);
    expect(counted("2016-07-01")).toBe(false);
  });

  it("rounds to two decimals and sums departments' counts, not their rates", () => {
    expect(rateOf({ numerator: 1, denominator: 3 })).toBe(33.33);
    const district = sumRatios([
      { numerator: 1, denominator: 1 },
      { numerator: 0, denominator: 3 },
    ]);
    expect(district).toEqual({ numerator: 1, denominator: 4 });
    expect(rateOf(district)).toBe(25);
  });
});
