import { Card, Col, Flex, Row, Statistic, Typography } from "antd";
import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { formatPercent } from "../../charts/chart-options.ts";
import { ServerErrorAlert } from "../../errors/ServerErrorAlert.tsx";
import { useT } from "../../i18n/locale-context.ts";
import { DepartmentRanking } from "../../targets/DepartmentRanking.tsx";
import { TargetStatusTag } from "../../targets/TargetStatusTag.tsx";
import { TargetSummaryCard } from "../../targets/TargetSummaryCard.tsx";
import { TargetTrend } from "../../targets/TargetTrend.tsx";
import { trpc } from "../../trpc.ts";

/**
 * 首页 of the centre and the supervisors: the district's sharing rate against its target and deadline
 * (with its definition), the departments ranked on it, its trend, overdue and due-soon work, the six targets.
 */
export function Dashboard() {
  const t = useT();
  const words = t.targets.dashboard;
  const summary = useQuery(trpc.dashboard.summary.queryOptions());
  const counts = useQuery(trpc.supervision.counts.queryOptions());
  const sharing = summary.data?.sharingRate ?? null;
  return (
    <Flex vertical gap="middle">
      <Typography.Title level={3} style={{ margin: 0 }}>
        {words.title}
      </Typography.Title>
      <ServerErrorAlert error={summary.error} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={16}>
          <Card
            role="region"
            aria-label={words.sharingRateLabel}
            aria-busy={summary.isFetching}
            title={words.sharingRate}
            loading={summary.isPending}
          >
            {sharing ? (
              <Flex vertical gap="small">
                <Flex align="baseline" gap="middle" wrap>
                  <Statistic
                    title={words.sharingRateLabel}
                    value={
                      sharing.currentValue === null ? t.targets.noValue : formatPercent(sharing.currentValue)
                    }
                  />
                  <TargetStatusTag status={sharing.status} />
                  <Typography.Text>{words.vsTarget(sharing.targetValue, sharing.deadline)}</Typography.Text>
                  <Typography.Text type="secondary" data-testid="district-ratio">
                    {t.targets.ratio(sharing.numerator, sharing.denominator)}
                  </Typography.Text>
                </Flex>
                <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
                  {t.targets.definition}：{sharing.definition}
                </Typography.Paragraph>
              </Flex>
            ) : (
              <Typography.Text>{words.noSharingTarget}</Typography.Text>
            )}
          </Card>
        </Col>
        <Col xs={24} lg={8}>
          <Card
            role="region"
            aria-label={words.supervision}
            aria-busy={counts.isFetching}
            title={words.supervision}
            loading={counts.isPending}
          >
            <ServerErrorAlert error={counts.error} />
            <Flex gap="large">
              <Statistic
                title={words.overdue}
                value={counts.data?.total.overdue ?? "—"}
                valueStyle={{ color: "#cf1322" }}
              />
              <Statistic
                title={words.warning}
                value={counts.data?.total.warning ?? "—"}
                valueStyle={{ color: "#d48806" }}
              />
            </Flex>
            <Link to="/supervision">{words.viewSupervision}</Link>
          </Card>
        </Col>
      </Row>
      {sharing && summary.data && (
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={12}>
            <Card role="region" aria-label={words.ranking} title={words.ranking}>
              <DepartmentRanking
                figures={summary.data.ranking}
                targetValue={sharing.targetValue}
                label={words.ranking}
                chartLabel={words.rankingChart}
              />
            </Card>
          </Col>
          <Col xs={24} lg={12}>
            <Card role="region" aria-label={words.trend} title={words.trend}>
              <TargetTrend target={sharing} points={summary.data.trend} label={words.trendChart} />
            </Card>
          </Col>
        </Row>
      )}
      <Card title={words.targets} role="region" aria-label={words.targets} loading={summary.isPending}>
        <Flex wrap gap="middle">
          {summary.data?.targets.map((target) => (
            <TargetSummaryCard key={target.id} target={target} />
          ))}
        </Flex>
      </Card>
    </Flex>
  );
}
