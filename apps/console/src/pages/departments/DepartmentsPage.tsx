import { useMemo, useState } from "react";
import { Button, Card, Flex } from "antd";
import { PlusOutlined } from "@ant-design/icons";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useTable } from "@tanstack/react-table";
import type { TDepartment } from "@govshare/validators";
import { mayUse } from "../../auth/role-access.ts";
import { IDENTITY_MANAGERS } from "../../auth/role-groups.ts";
import { useSignedInUser } from "../../auth/signed-in-user.ts";
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
import { DepartmentFormModal } from "./DepartmentFormModal.tsx";

/** What the form is open for: a new department, or the one being edited. */
type DepartmentForm = { mode: "create" } | { mode: "edit"; department: TDepartment };

// a stable empty page: a new [] on every render would make TanStack rebuild its row model each time
const noDepartments: TDepartment[] = [];

/**
 * 部门 Departments: the district's units, paged, sorted and filtered by the server. The information
 * centre and administrators (departments.create/update) also add and edit them here.
 */
export function DepartmentsPage() {
  const t = useT();
  const user = useSignedInUser();
  const mayManage = mayUse(user.roles, { roles: IDENTITY_MANAGERS });
  const [form, setForm] = useState<DepartmentForm | null>(null);
  const { list, tableOptions, setFilter } = useUrlTableState(departmentListSearch);
  const departments = useQuery(
    trpc.departments.list.queryOptions(toListInput(list), { placeholderData: keepPreviousData }),
  );
  const columns = useMemo(
    () =>
      createDepartmentColumns(
        t,
        mayManage ? (department) => setForm({ mode: "edit", department }) : undefined,
      ),
    [t, mayManage],
  );

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
    <Card
      title={t.departments.title}
      extra={
        mayManage && (
          <Button
            type="primary"
            icon={<PlusOutlined aria-hidden />}
            onClick={() => setForm({ mode: "create" })}
          >
            {t.departments.newDepartment}
          </Button>
        )
      }
    >
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
      {form && (
        <DepartmentFormModal
          key={form.mode === "edit" ? form.department.id : "new"}
          department={form.mode === "edit" ? form.department : null}
          onClose={() => setForm(null)}
        />
      )}
    </Card>
  );
}
