import type { ChartOption } from "./echarts-setup.ts";

/** One bar per department, highest first, values in percent (null: nothing to count, no bar). */
export function rankingBarOption(
  items: readonly { name: string; value: number | null }[],
  options: { targetValue?: number; targetLabel?: string; valueLabel: string },
): ChartOption {
  // the best at the top: a horizontal bar chart lists its categories from the bottom up
  const rows = [...items].reverse();
  return {
    grid: { left: 8, right: 40, top: 24, bottom: 8, containLabel: true },
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" }, valueFormatter: formatPercent },
    xAxis: { type: "value", min: 0, max: 100, axisLabel: { formatter: "{value}%" } },
    yAxis: {
      type: "category",
      data: rows.map((row) => row.name),
      axisLabel: { width: 140, overflow: "truncate" },
    },
    series: [
      {
        type: "bar",
        name: options.valueLabel,
        data: rows.map((row) => row.value),
        label: {
          show: true,
          position: "right",
          formatter: ({ value }: { value: unknown }) => formatPercent(value),
        },
        markLine:
          options.targetValue !== undefined
            ? {
                symbol: "none",
                label: { formatter: options.targetLabel ?? "" },
                data: [{ xAxis: options.targetValue }],
              }
            : undefined,
      },
    ],
  };
}

/**
 * A value over time (daily points), on a time axis from the start date to the deadline at least, with the
 * deadline and the target marked as lines.
 */
export function trendLineOption(
  points: readonly { day: string; value: number | null }[],
  options: {
    startDate: string;
    deadline: string;
    targetValue: number;
    valueLabel: string;
    deadlineLabel: string;
    targetLabel: string;
  },
): ChartOption {
  const lastDay = points.at(-1)?.day ?? options.deadline;
  return {
    grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
    tooltip: { trigger: "axis", valueFormatter: formatPercent },
    xAxis: {
      type: "time",
      min: options.startDate,
      max: lastDay > options.deadline ? lastDay : options.deadline,
    },
    yAxis: { type: "value", min: 0, max: 100, axisLabel: { formatter: "{value}%" } },
    series: [
      {
        type: "line",
        name: options.valueLabel,
        showSymbol: points.length < 60,
        connectNulls: false,
        data: points.map((point) => [point.day, point.value]),
        markLine: {
          symbol: "none",
          data: [
            { xAxis: options.deadline, label: { formatter: `${options.deadlineLabel} ${options.deadline}` } },
            {
              yAxis: options.targetValue,
              label: { formatter: `${options.targetLabel} ${options.targetValue}%` },
            },
          ],
        },
      },
    ],
  };
}

export function formatPercent(value: unknown): string {
  return typeof value === "number" ? `${value.toFixed(value % 1 === 0 ? 0 : 2)}%` : "—";
}
