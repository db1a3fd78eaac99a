import { useMemo } from "react";
import { Empty, Flex, Typography } from "antd";
import type { TTargetDepartmentFigure } from "@govshare/validators";
import { rankingBarOption, formatPercent } from "../charts/chart-options.ts";
import { EChart } from "../charts/EChart.tsx";
import { useT } from "../i18n/locale-context.ts";

/**
 * Departments ranked on a target: a bar chart, and the same figures as a list (the canvas says nothing
 * to a screen reader, and the list shows each numerator and denominator).
 */
export function DepartmentRanking({
  figures,
  targetValue,
  label,
  chartLabel,
}: {
  figures: readonly TTargetDepartmentFigure[];
  targetValue: number;
  label: string;
  chartLabel: string;
}) {
  const t = useT();
  const ranked = useMemo(
    () => [...figures].sort((a, b) => (b.value ?? -1) - (a.value ?? -1) || b.denominator - a.denominator),
    [figures],
  );
  const targetLabel = t.targets.dashboard.targetLine;
  const valueLabel = t.targets.current;
  const option = useMemo(
    () =>
      rankingBarOption(
        ranked.map((figure) => ({ name: figure.departmentName, value: figure.value })),
        { targetValue, targetLabel, valueLabel },
      ),
    [ranked, targetValue, targetLabel, valueLabel],
  );
  if (ranked.length === 0) return <Empty description={t.targets.noDepartments} />;
  return (
    <Flex vertical gap="small">
      <EChart
        option={option}
        label={chartLabel}
        height={Math.min(600, Math.max(160, ranked.length * 28 + 48))}
      />
      <ol aria-label={label} style={{ maxHeight: 240, overflowY: "auto", margin: 0, paddingInlineStart: 24 }}>
        {ranked.map((figure) => (
          <li key={figure.departmentId} data-department={figure.departmentName}>
            <Typography.Text>
              {figure.departmentName}{" "}
              <strong>{figure.value === null ? t.targets.noValue : formatPercent(figure.value)}</strong>{" "}
              <Typography.Text type="secondary">
                （{t.targets.ratio(figure.numerator, figure.denominator)}）
              </Typography.Text>
            </Typography.Text>
          </li>
        ))}
      </ol>
    </Flex>
  );
}
