/** A target's standing against its deadline. */
export const TARGET_STATUSES = ["achieved", "on_track", "at_risk", "missed"] as const;
export type TargetStatus = (typeof TARGET_STATUSES)[number];

export interface TrendPoint {
  /** YYYY-MM-DD */
  day: string;
  /** percent, null when there was nothing to count */
  value: number | null;
}

export interface TargetStatusInput {
  /** the current value (percent), null when there is nothing to count */
  value: number | null;
  targetValue: number;
  /** YYYY-MM-DD */
  startDate: string;
  /** YYYY-MM-DD, the last day */
  deadline: string;
  /** YYYY-MM-DD (Asia/Shanghai) */
  today: string;
  /** earlier values (daily snapshots), any order */
  history: readonly TrendPoint[];
}

const MS_PER_DAY = 86_400_000;
const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / MS_PER_DAY;

/**
 * The value the trend reaches on `deadline`: a least-squares line through the history and today's value.
 * With fewer than two points to draw it, the line starts from 0 on the start date (the plan's baseline).
 * Null when no line can be drawn (every point on one day, or no value today).
 */
export function projectedValue(input: Omit<TargetStatusInput, "targetValue">): number | null {
  if (input.value === null) return null;
  const points = input.history
    .filter(
      (point): point is { day: string; value: number } => point.value !== null && point.day < input.today,
    )
    .map((point) => ({ x: dayNumber(point.day), y: point.value }));
  points.push({ x: dayNumber(input.today), y: input.value });
  if (points.length < 2) points.unshift({ x: dayNumber(input.startDate), y: 0 });
  const n = points.length;
  const meanX = points.reduce((sum, point) => sum + point.x, 0) / n;
  const meanY = points.reduce((sum, point) => sum + point.y, 0) / n;
  const spread = points.reduce((sum, point) => sum + (point.x - meanX) ** 2, 0);
  if (spread === 0) return null;
  const slope = points.reduce((sum, point) => sum + (point.x - meanX) * (point.y - meanY), 0) / spread;
  return meanY + slope * (dayNumber(input.deadline) - meanX);
}

/**
 * achieved: the value reaches the target (even after the deadline); missed: the deadline has passed
 * without it; on_track: the trend reaches the target by the deadline; at_risk: otherwise (also when there
 * is nothing to count yet).
 */
export function targetStatus(input: TargetStatusInput): TargetStatus {
  if (input.value !== null && input.value >= input.targetValue) return "achieved";
  if (input.today > input.deadline) return "missed";
  const projected = projectedValue(input);
  return projected !== null && projected >= input.targetValue ? "on_track" : "at_risk";
}
