import type { ChartOption } from "../../charts/echarts-setup.ts";

/**
 * The departments' scores as horizontal bars, best at the top. Scores are points (0–100), not
 * percentages, so this is not the targets' percent chart. Departments without a score have no bar.
 */
export function scoreBarOption(
  items: readonly { name: string; score: number }[],
  label: string,
): ChartOption {
  const rows = [...items].reverse(); // a horizontal bar chart lists its categories from the bottom up
  return {
    grid: { left: 8, right: 40, top: 8, bottom: 8, containLabel: true },
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
    xAxis: { type: "value", min: 0, max: 100 },
    yAxis: {
      type: "category",
      data: rows.map((row) => row.name),
      axisLabel: { width: 140, overflow: "truncate" },
    },
    series: [
      {
        type: "bar",
        name: label,
        data: rows.map((row) => row.score),
        label: { show: true, position: "right" },
      },
    ],
  };
}
