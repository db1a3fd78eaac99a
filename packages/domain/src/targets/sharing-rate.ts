/**
 * 新形成的政府信息资源共享率: which resources count, and the percentage. The repository computes the same
 * rule in one SQL aggregation over many rows; this is the rule itself, for unit tests and previews.
 */

/** Statuses of a resource that is registered in the catalogue (retired resources have left it). */
export const CATALOGUE_STATUSES = ["draft", "submitted", "published"] as const;
/** Sharing types that make a published resource count as shared. */
export const SHARED_SHARING_TYPES = ["unconditional", "conditional"] as const;

export const SHARING_RATE_DEFINITION = {
  zh:
    "分母：在目标期间（开始日期至截止日期）形成（形成日期在期间内）并已登记在目录中的信息资源数（草稿、已提交、已发布；已注销的不计）；" +
    "分子：其中已发布且共享类型为无条件共享或有条件共享的信息资源数。共享率 = 分子 ÷ 分母；分母为 0 时无数值。",
  en:
    "Denominator: resources formed within the target's period (formation date between start date and deadline) and " +
    "registered in the catalogue (draft, submitted or published; retired ones count in neither). Numerator: those " +
    "published with sharing type unconditional or conditional. Rate = numerator ÷ denominator; none when the denominator is 0.",
} as const;

export interface SharingRateResource {
  status: string;
  sharingType: string;
  /** YYYY-MM-DD */
  formationDate: string;
}

export interface Period {
  /** YYYY-MM-DD, inclusive */
  start: string;
  /** YYYY-MM-DD, inclusive */
  end: string;
}

/** Whether a resource is in the denominator and in the numerator of the sharing rate for `period`. */
export function sharingRateCounts(
  resource: SharingRateResource,
  period: Period,
): { inDenominator: boolean; inNumerator: boolean } {
  const formedInPeriod = resource.formationDate >= period.start && resource.formationDate <= period.end;
  const registered = (CATALOGUE_STATUSES as readonly string[]).includes(resource.status);
  const inDenominator = formedInPeriod && registered;
  const inNumerator =
    inDenominator &&
    resource.status === "published" &&
    (SHARED_SHARING_TYPES as readonly string[]).includes(resource.sharingType);
  return { inDenominator, inNumerator };
}

export interface Ratio {
  numerator: number;
  denominator: number;
}

/** The percentage (0–100, two decimals), or null when there is nothing to count: not 0%, not 100%. */
export function rateOf({ numerator, denominator }: Ratio): number | null {
  if (denominator <= 0) return null;
  return Math.round((numerator / denominator) * 10_000) / 100;
}

/** The district's figure is the sum of the departments' counts, not the mean of their rates. */
export function sumRatios(ratios: readonly Ratio[]): Ratio {
  return ratios.reduce(
    (total, ratio) => ({
      numerator: total.numerator + ratio.numerator,
      denominator: total.denominator + ratio.denominator,
    }),
    { numerator: 0, denominator: 0 },
  );
}

/** Every resource of a list counted at once (for tests and small previews; the database does the real work). */
export function sharingRateOf(resources: readonly SharingRateResource[], period: Period): Ratio {
  let numerator = 0;
  let denominator = 0;
  for (const resource of resources) {
    const counts = sharingRateCounts(resource, period);
    if (counts.inDenominator) denominator++;
    if (counts.inNumerator) numerator++;
  }
  return { numerator, denominator };
}
