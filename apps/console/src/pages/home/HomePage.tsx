import { Card, Flex, Statistic, Typography } from "antd";
import { ApartmentOutlined } from "@ant-design/icons";
import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { ServerErrorAlert } from "../../errors/ServerErrorAlert.tsx";
import { useT } from "../../i18n/locale-context.ts";
import { trpc } from "../../trpc.ts";

/** 首页 Home: an overview; for now the number of departments (one row fetched, the total is what counts). */
export function HomePage() {
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
