import { Card, Flex, Table, Tabs, Tag, type TableColumnsType } from "antd";
import { useQuery } from "@tanstack/react-query";
import { Link, useSearchParams } from "react-router";
import type { TSharingRequest } from "@govshare/validators";
import { ServerErrorAlert } from "../../errors/ServerErrorAlert.tsx";
import { useT } from "../../i18n/locale-context.ts";
import type { Messages } from "../../i18n/messages.ts";
import { sharingRequestPath } from "../../sharing/sharing-paths.ts";
import { trpc } from "../../trpc.ts";

type Side = "using" | "providing";
const SIDES: readonly Side[] = ["using", "providing"];

function grantColumns(t: Messages, side: Side): TableColumnsType<TSharingRequest> {
  const words = t.sharing.columns;
  return [
    {
      key: "resource",
      title: words.resource,
      render: (_, grant) => <Link to={sharingRequestPath(grant.id)}>{grant.resource.name}</Link>,
    },
    ...(side === "providing"
      ? [
          {
            key: "requester",
            title: words.requester,
            render: (_: unknown, grant: TSharingRequest) => grant.requesterDepartment.name,
          },
        ]
      : []),
    {
      key: "granted",
      title: words.granted,
      render: (_, grant) => (
        <Flex wrap gap={4}>
          {grant.grantedItems.map((item) => (
            <Tag key={item}>{item}</Tag>
          ))}
        </Flex>
      ),
    },
    {
      key: "useUntil",
      title: words.useUntil,
      render: (_, grant) => grant.useUntil ?? t.sharing.untilRevoked,
    },
  ];
}

/** One side's grants in force (grants.list returns them all: a department has tens, not thousands). */
function GrantList({ side }: { side: Side }) {
  const t = useT();
  const grants = useQuery(trpc.grants.list.queryOptions({ side }));
  const label = side === "using" ? t.sharing.grants.using : t.sharing.grants.providing;
  return (
    <Flex vertical gap="middle">
      <ServerErrorAlert error={grants.error} />
      <Table<TSharingRequest>
        aria-label={t.sharing.grants.tableLabel(label)}
        aria-busy={grants.isFetching}
        columns={grantColumns(t, side)}
        dataSource={grants.data}
        rowKey="id"
        loading={grants.isPending}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        size="middle"
      />
    </Flex>
  );
}

/** 共享授权: what we use of others (我方使用) and what others use of ours (他方使用我方); the tab is in the URL. */
export function GrantsPage() {
  const t = useT();
  const [searchParams, setSearchParams] = useSearchParams();
  const side = SIDES.find((candidate) => candidate === searchParams.get("side")) ?? "using";
  return (
    <Card title={t.sharing.grants.title}>
      <Tabs
        activeKey={side}
        onChange={(key) => setSearchParams(key === "using" ? {} : { side: key })}
        items={SIDES.map((candidate) => ({
          key: candidate,
          label: candidate === "using" ? t.sharing.grants.using : t.sharing.grants.providing,
          children: <GrantList side={candidate} />,
        }))}
        destroyOnHidden
      />
    </Card>
  );
}
