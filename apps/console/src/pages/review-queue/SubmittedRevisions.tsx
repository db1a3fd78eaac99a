import { useState } from "react";
import { Card, Flex, Table, type TableColumnsType } from "antd";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import type { TResourceListItem } from "@govshare/validators";
import { resourcePath } from "../../catalogue/resource-paths.ts";
import { ServerErrorAlert } from "../../errors/ServerErrorAlert.tsx";
import { formatDateTime } from "../../format/date-time.ts";
import { useT } from "../../i18n/locale-context.ts";
import { trpc } from "../../trpc.ts";
import { ReviewButtons } from "./ReviewButtons.tsx";

const PAGE_SIZE = 20;

/**
 * Revisions of published resources waiting for the centre, oldest first: the server finds them
 * (resources.list's pendingRevision filter). A revision is the version after the published one.
 */
export function SubmittedRevisions() {
  const t = useT();
  const words = t.catalogue.reviewQueue;
  const [page, setPage] = useState(1);
  const revisions = useQuery(
    trpc.resources.list.queryOptions(
      {
        page,
        pageSize: PAGE_SIZE,
        sort: { field: "updatedAt", direction: "asc" },
        filters: { status: "published", pendingRevision: "submitted" },
      },
      { placeholderData: keepPreviousData },
    ),
  );

  // approving the last revision of the last page empties it: go back to the new last page
  const lastPage = Math.max(1, Math.ceil((revisions.data?.total ?? 0) / PAGE_SIZE));
  if (revisions.data && !revisions.isPlaceholderData && page > lastPage) setPage(lastPage);

  const columns: TableColumnsType<TResourceListItem> = [
    { key: "code", title: t.catalogue.columns.code, dataIndex: "code" },
    {
      key: "name",
      title: t.catalogue.columns.name,
      render: (_value, resource) => <Link to={resourcePath(resource.id)}>{resource.name}</Link>,
    },
    {
      key: "provider",
      title: t.catalogue.columns.provider,
      render: (_value, resource) => resource.providerDepartment.name,
    },
    {
      key: "version",
      title: words.version,
      render: (_value, resource) => words.versionChange(resource.version, resource.version + 1),
    },
    {
      key: "submittedAt",
      title: words.submittedAt,
      render: (_value, resource) => formatDateTime(resource.updatedAt),
    },
    {
      key: "actions",
      title: t.common.actions,
      render: (_value, resource) => <ReviewButtons resource={resource} />,
    },
  ];

  return (
    <Card title={words.revisionsTitle}>
      <Flex vertical gap="middle">
        <ServerErrorAlert error={revisions.error} />
        <Table<TResourceListItem>
          aria-label={words.revisionsTable}
          aria-busy={revisions.isFetching}
          loading={revisions.isFetching}
          columns={columns}
          dataSource={revisions.data?.items}
          rowKey="id"
          size="middle"
          pagination={{
            current: page,
            pageSize: PAGE_SIZE,
            total: revisions.data?.total ?? 0,
            onChange: setPage,
            hideOnSinglePage: true,
          }}
        />
      </Flex>
    </Card>
  );
}
