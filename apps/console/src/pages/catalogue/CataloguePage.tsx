import { useMemo } from "react";
import { Button, Card, Flex } from "antd";
import { DownloadOutlined, FileExcelOutlined, PlusOutlined } from "@ant-design/icons";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useTable } from "@tanstack/react-table";
import type { TResourceListItem } from "@govshare/validators";
import { mayUse } from "../../auth/role-access.ts";
import { CATALOGUE_EDITORS } from "../../auth/role-groups.ts";
import { useSignedInUser } from "../../auth/signed-in-user.ts";
import { CATALOGUE_TEMPLATE_URL, catalogueExportUrl } from "../../catalogue/catalogue-files.ts";
import { catalogueListSearch } from "../../catalogue/resource-list-search.ts";
import { NEW_RESOURCE_PATH } from "../../catalogue/resource-paths.ts";
import { ResourceFilters } from "../../catalogue/ResourceFilters.tsx";
import { useLabelText } from "../../catalogue/use-label-text.ts";
import { ServerErrorAlert } from "../../errors/ServerErrorAlert.tsx";
import { useT } from "../../i18n/locale-context.ts";
import { ButtonLink } from "../../layout/ButtonLink.tsx";
import { toListInput } from "../../table/list-search-params.ts";
import { ServerDataTable } from "../../table/ServerDataTable.tsx";
import { serverTableFeatures } from "../../table/server-table-features.ts";
import { useUrlTableState } from "../../table/use-url-table-state.ts";
import { trpc } from "../../trpc.ts";
import { createCatalogueColumns } from "./catalogue-columns.tsx";

// a stable empty page: a new [] on every render would make TanStack rebuild its row model each time
const noResources: TResourceListItem[] = [];

const SHOWN_FILTERS = [
  "q",
  "providerDepartmentId",
  "classification",
  "sharingType",
  "openAttribute",
  "updateCycle",
  "status",
  // a revision is found only by its own department, the centre, supervisors and admins (server-side)
  "pendingRevision",
] as const;

/**
 * 信息资源目录 Catalogue: every resource the user may see (officers: published and retired ones of all
 * departments, everything of their own), searched, filtered, paged and sorted by the server. The
 * export downloads what the filters select, in the import template's layout.
 */
export function CataloguePage() {
  const t = useT();
  const label = useLabelText();
  const user = useSignedInUser();
  const { list, tableOptions, setFilter } = useUrlTableState(catalogueListSearch);
  const resources = useQuery(
    trpc.resources.list.queryOptions(toListInput(list), { placeholderData: keepPreviousData }),
  );
  const columns = useMemo(() => createCatalogueColumns(t, label), [t, label]);

  const table = useTable({
    features: serverTableFeatures,
    columns,
    data: resources.data?.items ?? noResources,
    rowCount: resources.data?.total ?? 0,
    getRowId: (resource) => resource.id,
    ...tableOptions,
  });

  return (
    <Card
      title={t.catalogue.title}
      extra={
        <Flex wrap gap="small">
          {mayUse(user.roles, { roles: CATALOGUE_EDITORS }) && (
            <ButtonLink to={NEW_RESOURCE_PATH} type="primary" icon={<PlusOutlined aria-hidden />}>
              {t.catalogue.newResource}
            </ButtonLink>
          )}
          {/* plain links: the browser downloads with the session cookie, no script in between */}
          <Button icon={<DownloadOutlined aria-hidden />} href={catalogueExportUrl(list.filters)} download>
            {t.catalogue.export}
          </Button>
          <Button icon={<FileExcelOutlined aria-hidden />} href={CATALOGUE_TEMPLATE_URL} download>
            {t.catalogue.template}
          </Button>
        </Flex>
      }
    >
      <Flex vertical gap="middle">
        <ResourceFilters filters={list.filters} onChange={setFilter} shown={SHOWN_FILTERS} />
        <ServerErrorAlert error={resources.error} />
        <ServerDataTable
          table={table}
          loading={resources.isFetching}
          totalCapped={resources.data?.totalCapped}
          aria-label={t.catalogue.tableLabel}
        />
      </Flex>
    </Card>
  );
}
