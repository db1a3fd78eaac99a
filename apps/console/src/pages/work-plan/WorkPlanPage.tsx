import { useMemo } from "react";
import { Card, Flex, Progress, Typography } from "antd";
import { useQuery } from "@tanstack/react-query";
import { createColumnHelper, useTable } from "@tanstack/react-table";
import { Link } from "react-router";
import type { TWorkTask } from "@govshare/validators";
import { ServerErrorAlert } from "../../errors/ServerErrorAlert.tsx";
import { useT } from "../../i18n/locale-context.ts";
import type { Messages } from "../../i18n/messages.ts";
import { WorkTaskStatusTags } from "../../supervision/WorkTaskTags.tsx";
import type { ListSearchSpec } from "../../table/list-search-params.ts";
import { ServerDataTable } from "../../table/ServerDataTable.tsx";
import { serverTableFeatures, type ServerTableFeatures } from "../../table/server-table-features.ts";
import { useUrlTableState } from "../../table/use-url-table-state.ts";
import { trpc } from "../../trpc.ts";

const workPlanSearch: ListSearchSpec<"number", Record<string, never>> = {
  sortFields: ["number"],
  filters: {},
};
const noTasks: TWorkTask[] = [];
const column = createColumnHelper<ServerTableFeatures, TWorkTask>();

function workPlanColumns(t: Messages) {
  const words = t.supervision.workPlan;
  return column.columns([
    column.accessor("number", { header: words.columns.number, enableSorting: false }),
    column.accessor("title", {
      header: words.columns.title,
      enableSorting: false,
      cell: (context) => <Link to={`/work-plan/${context.row.original.id}`}>{context.getValue()}</Link>,
    }),
    column.accessor((task) => task.leadUnits.join("、"), {
      id: "lead",
      header: words.columns.lead,
      enableSorting: false,
    }),
    column.accessor((task) => task.responsibleUnits.join("、"), {
      id: "responsible",
      header: words.columns.responsible,
      enableSorting: false,
    }),
    column.accessor("deadlineText", { header: words.columns.deadline, enableSorting: false }),
    column.accessor("status", {
      header: words.columns.status,
      enableSorting: false,
      cell: (context) => (
        <WorkTaskStatusTags status={context.getValue()} overdue={context.row.original.overdue} />
      ),
    }),
    column.accessor("progress", {
      header: words.columns.progress,
      enableSorting: false,
      cell: (context) => {
        const progress = context.getValue();
        return progress === null ? (
          "—"
        ) : (
          <Progress percent={progress} size="small" style={{ minWidth: 100 }} />
        );
      },
    }),
  ]);
}

/**
 * 工作台账: the plan's 13 tasks with their units, deadlines and progress. workPlan.list returns the
 * whole (short, fixed) plan at once; the page in the URL only cuts it for display.
 */
export function WorkPlanPage() {
  const t = useT();
  const { list, tableOptions } = useUrlTableState(workPlanSearch);
  const tasks = useQuery(trpc.workPlan.list.queryOptions());
  const all = tasks.data?.items ?? noTasks;
  const shown = useMemo(
    () => all.slice((list.page - 1) * list.pageSize, list.page * list.pageSize),
    [all, list.page, list.pageSize],
  );
  const columns = useMemo(() => workPlanColumns(t), [t]);
  const table = useTable({
    features: serverTableFeatures,
    columns,
    data: shown,
    rowCount: all.length,
    getRowId: (task) => task.id,
    ...tableOptions,
  });
  return (
    <Card title={t.supervision.workPlan.title}>
      <Flex vertical gap="middle">
        <Typography.Text type="secondary">{t.supervision.workPlan.source}</Typography.Text>
        <ServerErrorAlert error={tasks.error} />
        <ServerDataTable
          table={table}
          loading={tasks.isFetching}
          aria-label={t.supervision.workPlan.tableLabel}
        />
      </Flex>
    </Card>
  );
}
