import { useMemo, useState } from "react";
import { Card, Flex } from "antd";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useTable, type PaginationState } from "@tanstack/react-table";
import type { TResourceListItem } from "@govshare/validators";
import { ServerErrorAlert } from "../../errors/ServerErrorAlert.tsx";
import { useT } from "../../i18n/locale-context.ts";
import { ServerDataTable } from "../../table/ServerDataTable.tsx";
import { serverTableFeatures } from "../../table/server-table-features.ts";
import { trpc } from "../../trpc.ts";
import { createReviewColumns } from "./review-columns.tsx";
import { ReviewButtons } from "./ReviewButtons.tsx";

const noResources: TResourceListItem[] = [];
const renderActions = (resource: TResourceListItem) => <ReviewButtons resource={resource} />;

/**
 * Revisions of published resources waiting for the centre, oldest first: the server finds them
 * (resources.list's pendingRevision filter). Its page stays out of the URL, which the new resources'
 * table above owns.
 */
export function SubmittedRevisions() {
  const t = useT();
  const [pagination, setPagination] = useState<PaginationState>({ pageIndex: 0, pageSize: 20 });
  const revisions = useQuery(
    trpc.resources.list.queryOptions(
      {
        page: pagination.pageIndex + 1,
        pageSize: pagination.pageSize,
        sort: { field: "updatedAt", direction: "asc" },
        filters: { status: "published", pendingRevision: "submitted" },
      },
      { placeholderData: keepPreviousData },
    ),
  );
  const columns = useMemo(() => createReviewColumns(t, renderActions, { versionChange: true }), [t]);
  const table = useTable({
    features: serverTableFeatures,
    columns,
    data: revisions.data?.items ?? noResources,
    rowCount: revisions.data?.total ?? 0,
    getRowId: (resource) => resource.id,
    state: { pagination, sorting: [] },
    onPaginationChange: setPagination,
    manualPagination: true,
    manualSorting: true,
    enableSorting: false,
  });

  // approving the last revision of the last page empties it: go back to the new last page
  const lastPageIndex = Math.max(0, Math.ceil((revisions.data?.total ?? 0) / pagination.pageSize) - 1);
  if (revisions.data && !revisions.isPlaceholderData && pagination.pageIndex > lastPageIndex) {
    setPagination({ ...pagination, pageIndex: lastPageIndex });
  }

  return (
    <Card title={t.catalogue.reviewQueue.revisionsTitle}>
      <Flex vertical gap="middle">
        <ServerErrorAlert error={revisions.error} />
        <ServerDataTable
          table={table}
          loading={revisions.isFetching}
          aria-label={t.catalogue.reviewQueue.revisionsTable}
        />
      </Flex>
    </Card>
  );
}
