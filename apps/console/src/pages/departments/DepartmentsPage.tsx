import { useMemo } from "react";
import { Card, Flex } from "antd";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useTable } from "@tanstack/react-table";
import type { TDepartment } from "@govshare/validators";
import { ServerErrorAlert } from "../../errors/ServerErrorAlert.tsx";
import { useT } from "../../i18n/locale-context.ts";
import { toListInput } from "../../table/list-search-params.ts";
import { ServerDataTable } from "../../table/ServerDataTable.tsx";
import { serverTableFeatures } from "../../table/server-table-features.ts";
import { useUrlTableState } from "../../table/use-url-table-state.ts";
import { trpc } from "../../trpc.ts";
import { createDepartmentColumns } from "./department-columns.tsx";
import { departmentListSearch } from "./department-list-search.ts";
import { DepartmentFilters } from "./DepartmentFilters.tsx";

// a stable empty page: a new [] on every render would make TanStack rebuild its row model each time
const noDepartments: TDepartment[] = [];

/** 部门 Departments: the district's units, paged, sorted and filtered by the server. */
export function DepartmentsPage() {
  const t = useT();
  const { list, tableOptions, setFilter } = useUrlTableState(departmentListSearch);
  const departments = useQuery(
    trpc.departments.list.queryOptions(toListInput(list), { placeholderData: keepPreviousData }),
  );
  const columns = useMemo(() => createDepartmentColumns(t), [t]);

  const table = useTable({
    features: serverTableFeatures,
    columns,
    data: departments.data?.items ?? noDepartments,
    rowCount: departments.data?.total ?? 0,
    getRowId: (department) => department.id,
    // pagination and sorting state from the URL, manualPagination and manualSorting: the server pages
    ...tableOptions,
  });

  return (
    <Card title={t.departments.title}>
      <Flex vertical gap="middle">
        <DepartmentFilters
          filters={list.filters}
          onKindChange={(kind) => setFilter("kind", kind)}
          onSearch={(text) => setFilter("q", text)}
        />
        <ServerErrorAlert error={departments.error} />
        <ServerDataTable
          table={table}
          loading={departments.isFetching}
          aria-label={t.departments.tableLabel}
        />
      </Flex>
    </Card>
  );
}
