import { useMemo } from "react";
import { Card, Flex, Typography } from "antd";
import { keepPreviousData, useQueries, useQuery } from "@tanstack/react-query";
import { useTable } from "@tanstack/react-table";
import type { TResource, TResourceListItem } from "@govshare/validators";
import { resourceSearchListSearch } from "../../catalogue/resource-list-search.ts";
import { ResourceFilters } from "../../catalogue/ResourceFilters.tsx";
import { useLabelText } from "../../catalogue/use-label-text.ts";
import type { ServerError } from "../../errors/server-error.ts";
import { ServerErrorAlert } from "../../errors/ServerErrorAlert.tsx";
import { useT } from "../../i18n/locale-context.ts";
import { toListInput } from "../../table/list-search-params.ts";
import { ServerDataTable } from "../../table/ServerDataTable.tsx";
import { serverTableFeatures } from "../../table/server-table-features.ts";
import { useUrlTableState } from "../../table/use-url-table-state.ts";
import { trpc } from "../../trpc.ts";
import { createNotSharedColumns } from "./not-shared-columns.tsx";

const noResources: TResourceListItem[] = [];

/**
 * The loaded details by id. Module-level: TanStack re-runs `combine` only when a result changed (or
 * the function did), so the map, and the columns built on it, stay the same between renders.
 */
function combineDetails(results: { data?: TResource; error: ServerError | null }[]) {
  return {
    byId: new Map(results.flatMap((result) => (result.data ? [[result.data.id, result.data] as const] : []))),
    error: results.find((result) => result.error)?.error ?? null,
  };
}
const SHOWN_FILTERS = ["q", "providerDepartmentId"] as const;

/**
 * 不予共享登记 Not-shared register: every resource that is not shared, with the legal or policy basis
 * it rests on (sharing is the rule, not sharing the exception, so each exception is on record). The
 * list API does not return the basis; the details of the rows on screen are fetched, in one batched
 * request, and no others.
 */
export function NotSharedPage() {
  const t = useT();
  const label = useLabelText();
  const { list, tableOptions, setFilter } = useUrlTableState(resourceSearchListSearch);
  const input = toListInput(list);
  const resources = useQuery(
    trpc.resources.list.queryOptions(
      { ...input, filters: { ...input.filters, sharingType: "none" } },
      { placeholderData: keepPreviousData },
    ),
  );
  const items = resources.data?.items ?? noResources;
  const details = useQueries({
    queries: items.map((item) => trpc.resources.get.queryOptions({ id: item.id })),
    combine: combineDetails,
  });
  const columns = useMemo(
    () => createNotSharedColumns(t, label, (id) => details.byId.get(id)),
    [t, label, details.byId],
  );

  const table = useTable({
    features: serverTableFeatures,
    columns,
    data: items,
    rowCount: resources.data?.total ?? 0,
    getRowId: (resource) => resource.id,
    ...tableOptions,
  });

  return (
    <Card title={t.nav.notShared}>
      <Flex vertical gap="middle">
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t.catalogue.notShared.intro}
        </Typography.Paragraph>
        <ResourceFilters filters={list.filters} onChange={setFilter} shown={SHOWN_FILTERS} />
        <ServerErrorAlert error={resources.error ?? details.error} />
        <ServerDataTable
          table={table}
          loading={resources.isFetching}
          aria-label={t.catalogue.notShared.tableLabel}
        />
      </Flex>
    </Card>
  );
}
