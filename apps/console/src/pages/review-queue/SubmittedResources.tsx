import { useMemo } from "react";
import { Card, Flex } from "antd";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useTable } from "@tanstack/react-table";
import type { TResourceListItem } from "@govshare/validators";
import { resourceSearchListSearch } from "../../catalogue/resource-list-search.ts";
import { ResourceFilters } from "../../catalogue/ResourceFilters.tsx";
import { ServerErrorAlert } from "../../errors/ServerErrorAlert.tsx";
import { useT } from "../../i18n/locale-context.ts";
import { toListInput } from "../../table/list-search-params.ts";
import { ServerDataTable } from "../../table/ServerDataTable.tsx";
import { serverTableFeatures } from "../../table/server-table-features.ts";
import { useUrlTableState } from "../../table/use-url-table-state.ts";
import { trpc } from "../../trpc.ts";
import { createReviewColumns } from "./review-columns.tsx";
import { ReviewButtons } from "./ReviewButtons.tsx";

const noResources: TResourceListItem[] = [];
const SHOWN_FILTERS = ["q", "providerDepartmentId"] as const;
const renderActions = (resource: TResourceListItem) => <ReviewButtons resource={resource} />;

/**
 * New resources waiting for the centre (status 待审核), oldest first unless sorted otherwise: requests
 * are answered in the order they came.
 */
export function SubmittedResources() {
  const t = useT();
  const { list, tableOptions, setFilter } = useUrlTableState(resourceSearchListSearch);
  const input = toListInput(list);
  const resources = useQuery(
    trpc.resources.list.queryOptions(
      {
        ...input,
        sort: input.sort ?? { field: "updatedAt", direction: "asc" },
        filters: { ...input.filters, status: "submitted" },
      },
      { placeholderData: keepPreviousData },
    ),
  );
  const columns = useMemo(() => createReviewColumns(t, renderActions), [t]);
  const table = useTable({
    features: serverTableFeatures,
    columns,
    data: resources.data?.items ?? noResources,
    rowCount: resources.data?.total ?? 0,
    getRowId: (resource) => resource.id,
    ...tableOptions,
  });

  return (
    <Card title={t.catalogue.reviewQueue.submittedTitle}>
      <Flex vertical gap="middle">
        <ResourceFilters filters={list.filters} onChange={setFilter} shown={SHOWN_FILTERS} />
        <ServerErrorAlert error={resources.error} />
        <ServerDataTable
          table={table}
          loading={resources.isFetching}
          aria-label={t.catalogue.reviewQueue.submittedTable}
        />
      </Flex>
    </Card>
  );
}
