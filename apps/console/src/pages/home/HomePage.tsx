import { lazy, Suspense } from "react";
import { Card, Flex, Spin, Statistic, Typography } from "antd";
import { ApartmentOutlined } from "@ant-design/icons";
import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { DASHBOARD_READERS } from "../../auth/role-groups.ts";
import { useSignedInUser } from "../../auth/signed-in-user.ts";
import { ServerErrorAlert } from "../../errors/ServerErrorAlert.tsx";
import { useT } from "../../i18n/locale-context.ts";
import { trpc } from "../../trpc.ts";

// the dashboard brings ECharts: loaded only for those who see it
const Dashboard = lazy(() => import("./Dashboard.tsx").then((module) => ({ default: module.Dashboard })));

/** 首页 Home: the dashboard for the centre and the supervisors; an overview for everyone else. */
export function HomePage() {
  const user = useSignedInUser();
  if (user.roles.some((role) => DASHBOARD_READERS.includes(role))) {
    return (
      <Suspense fallback={<Spin />}>
        <Dashboard />
      </Suspense>
    );
  }
  return <Overview />;
}

/** The number of departments (one row fetched, the total is what counts). */
function Overview() {
  const t = useT();
  const departments = useQuery(trpc.departments.list.queryOptions({ page: 1, pageSize: 1 }));
  return (
    <Flex vertical gap="middle">
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t.home.title}
      </Typography.Title>
      <ServerErrorAlert error={departments.error} />
      <Flex wrap gap="middle">
        {/* a named region that says when it is loading: for screen readers, and for the e2e tests */}
        <Card
          role="region"
          aria-label={t.home.departmentCount}
          aria-busy={departments.isFetching}
          style={{ width: 260 }}
        >
          <Statistic
            title={t.home.departmentCount}
            // a dash, not 0, when the count could not be loaded
            value={departments.data?.total ?? "—"}
            loading={departments.isPending}
            prefix={<ApartmentOutlined />}
          />
          <Link to="/departments">{t.home.viewDepartments}</Link>
        </Card>
      </Flex>
    </Flex>
  );
}
