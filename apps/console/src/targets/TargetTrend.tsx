import { useMemo } from "react";
import type { TTarget, TTargetHistoryPoint } from "@govshare/validators";
import { trendLineOption } from "../charts/chart-options.ts";
import { EChart } from "../charts/EChart.tsx";
import { useT } from "../i18n/locale-context.ts";

/** A target's value over time, from its start date, with its deadline and target value marked. */
export function TargetTrend({
  target,
  points,
  label,
}: {
  target: Pick<TTarget, "startDate" | "deadline" | "targetValue">;
  points: readonly TTargetHistoryPoint[];
  label: string;
}) {
  const t = useT();
  const { startDate, deadline, targetValue } = target;
  const valueLabel = t.targets.current;
  const deadlineLabel = t.targets.dashboard.deadlineLine;
  const targetLabel = t.targets.dashboard.targetLine;
  const option = useMemo(
    () =>
      trendLineOption(points, { startDate, deadline, targetValue, valueLabel, deadlineLabel, targetLabel }),
    [points, startDate, deadline, targetValue, valueLabel, deadlineLabel, targetLabel],
  );
  return <EChart option={option} label={label} height={280} />;
}
