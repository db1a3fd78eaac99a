import { useState } from "react";
import { Button, Card, Col, Descriptions, Flex, Row, Statistic, Typography } from "antd";
import { useQuery } from "@tanstack/react-query";
import type { TTargetDetail } from "@govshare/validators";
import { TARGET_MANAGERS, TARGET_REPORTERS } from "../../auth/role-groups.ts";
import { useSignedInUser } from "../../auth/signed-in-user.ts";
import { formatPercent } from "../../charts/chart-options.ts";
import { ServerErrorAlert } from "../../errors/ServerErrorAlert.tsx";
import { useT } from "../../i18n/locale-context.ts";
import { RouteIdPage } from "../../layout/RouteIdPage.tsx";
import { DepartmentRanking } from "../../targets/DepartmentRanking.tsx";
import { TargetStatusTag } from "../../targets/TargetStatusTag.tsx";
import { TargetTrend } from "../../targets/TargetTrend.tsx";
import { trpc } from "../../trpc.ts";
import { EditTargetModal } from "./EditTargetModal.tsx";
import { ReportTargetModal } from "./ReportTargetModal.tsx";
import { TargetReportsTable } from "./TargetReportsTable.tsx";

/** /targets/:id. A link with something else than an id shows "not found" without asking the server. */
export function TargetDetailPage() {
  const t = useT();
  return (
    <RouteIdPage
      notFoundTitle={t.targets.notFound}
      backTo="/targets"
      backLabel={t.targets.back}
      render={(id) => <TargetPage id={id} />}
    />
  );
}

/** 目标详情: the value and its definition, the departments' figures, the trend, the tasks, the reports. */
function TargetPage({ id }: { id: string }) {
  const t = useT();
  const target = useQuery(trpc.targets.get.queryOptions({ id }));
  return (
    <Flex vertical gap="middle">
      <ServerErrorAlert error={target.error} />
      {target.data ? <TargetDetail target={target.data} /> : <Card loading />}
      {target.data && (
        <Card title={t.targets.reports.title}>
          <TargetReportsTable targetId={target.data.id} />
        </Card>
      )}
    </Flex>
  );
}

function TargetDetail({ target }: { target: TTargetDetail }) {
  const t = useT();
  const user = useSignedInUser();
  const [editing, setEditing] = useState(false);
  const [reporting, setReporting] = useState(false);
  const manages = user.roles.some((role) => TARGET_MANAGERS.includes(role));
  const reports =
    target.kind === "reported" &&
    user.roles.some((role) => TARGET_REPORTERS.includes(role)) &&
    target.responsibleDepartments.some((department) => department.id === user.department.id);
  return (
    <>
      <Card
        title={target.name}
        extra={
          <Flex gap="small">
            {reports && (
              <Button type="primary" onClick={() => setReporting(true)}>
                {t.targets.reports.submit}
              </Button>
            )}
            {manages && <Button onClick={() => setEditing(true)}>{t.targets.edit}</Button>}
          </Flex>
        }
      >
        <Flex vertical gap="middle">
          <Flex align="baseline" gap="middle" wrap>
            <Statistic
              title={t.targets.current}
              value={target.currentValue === null ? t.targets.noValue : formatPercent(target.currentValue)}
            />
            <TargetStatusTag status={target.status} />
            <Typography.Text type="secondary">
              {t.targets.ratio(target.numerator, target.denominator)}
            </Typography.Text>
          </Flex>
          <Descriptions
            size="small"
            column={{ xs: 1, md: 2 }}
            items={[
              { key: "target", label: t.targets.target, children: `${target.targetValue}%` },
              { key: "deadline", label: t.targets.deadline, children: target.deadline },
              {
                key: "period",
                label: t.targets.period,
                children: `${target.startDate} ~ ${target.deadline}`,
              },
              { key: "kind", label: t.targets.kind, children: t.targets.kinds[target.kind] },
              {
                key: "responsible",
                label: t.targets.responsibleDepartments,
                children:
                  target.responsibleDepartments.map((department) => department.name).join("、") || "—",
              },
              {
                key: "tasks",
                label: t.targets.tasks,
                children:
                  target.tasks
                    .map((task) => `${task.number}. ${task.title}（${task.deadline}）`)
                    .join("；") || "—",
              },
              { key: "definition", label: t.targets.definition, children: target.definition, span: 2 },
            ]}
          />
        </Flex>
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card role="region" aria-label={t.targets.byDepartment} title={t.targets.byDepartment}>
            <DepartmentRanking
              figures={target.byDepartment}
              targetValue={target.targetValue}
              label={t.targets.byDepartmentLabel}
              chartLabel={t.targets.byDepartmentLabel}
            />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card role="region" aria-label={t.targets.history} title={t.targets.history}>
            <TargetTrend target={target} points={target.history} label={t.targets.historyLabel} />
          </Card>
        </Col>
      </Row>
      {editing && <EditTargetModal target={target} onClose={() => setEditing(false)} />}
      {reporting && <ReportTargetModal target={target} onClose={() => setReporting(false)} />}
    </>
  );
}
