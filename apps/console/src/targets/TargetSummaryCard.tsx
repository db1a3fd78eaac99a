import { Card, Flex, Statistic, Typography } from "antd";
import type { TTarget } from "@govshare/validators";
import { Link } from "react-router";
import { formatPercent } from "../charts/chart-options.ts";
import { useT } from "../i18n/locale-context.ts";
import { TargetStatusTag } from "./TargetStatusTag.tsx";

/** One target at a glance: its value against the target, the deadline, the status; links to its page. */
export function TargetSummaryCard({ target }: { target: TTarget }) {
  const t = useT();
  return (
    <Card role="region" aria-label={target.name} size="small" style={{ width: 300 }}>
      <Flex vertical gap={4}>
        <Typography.Text strong>{target.name}</Typography.Text>
        <Flex align="baseline" gap="small">
          <Statistic
            value={target.currentValue === null ? t.targets.noValue : formatPercent(target.currentValue)}
            valueStyle={{ fontSize: 22 }}
          />
          <TargetStatusTag status={target.status} />
        </Flex>
        <Typography.Text type="secondary">
          {t.targets.dashboard.vsTarget(target.targetValue, target.deadline)}
        </Typography.Text>
        <Typography.Text type="secondary">
          {t.targets.kinds[target.kind]} · {t.targets.ratio(target.numerator, target.denominator)}
        </Typography.Text>
        <Link to={`/targets/${target.id}`}>{t.targets.open}</Link>
      </Flex>
    </Card>
  );
}
