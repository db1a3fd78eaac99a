import type { ReactNode } from "react";
import { Flex, Pagination, Table, type TableColumnsType, type TableProps } from "antd";
import type { ReactTable, Row, RowData } from "@tanstack/react-table";
import { useT } from "../i18n/locale-context.ts";
import type { ServerTableFeatures } from "./server-table-features.ts";
import { pagerRowCount } from "./server-table-state.ts";

const PAGE_SIZE_OPTIONS = [10, 20, 50, 100];

interface ServerDataTableProps<TData extends RowData> {
  table: ReactTable<ServerTableFeatures, TData>;
  /** true while a page is being fetched (the previous page stays visible meanwhile) */
  loading: boolean;
  "aria-label": string;
  /** details under a row, opened with the row's expand button (antd's, labelled 展开行 / Expand row) */
  renderExpanded?: (item: TData) => ReactNode;
  /** the server stopped counting at the row count (resources.list's `totalCapped`) */
  totalCapped?: boolean;
}

/**
 * Renders a TanStack table with antd's Table and Pagination. TanStack owns the state: antd only shows
 * it (controlled `sortOrder`, `current`) and hands clicks back through `table.setSorting` and
 * `table.setPagination`; antd's own paging and sorting are switched off.
 */
export function ServerDataTable<TData extends RowData>({
  table,
  loading,
  "aria-label": ariaLabel,
  renderExpanded,
  totalCapped = false,
}: ServerDataTableProps<TData>) {
  const t = useT();
  type TableRow = Row<ServerTableFeatures, TData>;
  const leafHeaders = table.getHeaderGroups().at(-1)?.headers ?? [];

  const columns: TableColumnsType<TableRow> = leafHeaders.map((header) => {
    const { column } = header;
    const sortable = column.getCanSort();
    const sorted = column.getIsSorted();
    return {
      key: column.id,
      title: <table.FlexRender header={header} />,
      sorter: sortable,
      // null, not undefined: undefined would hand the sort state back to antd
      sortOrder: sortable ? (sorted === "asc" ? "ascend" : sorted === "desc" ? "descend" : null) : undefined,
      render: (_value: unknown, row: TableRow) => {
        const cell = row.getAllCellsByColumnId()[column.id];
        return cell ? <table.FlexRender cell={cell} /> : null;
      },
    };
  });

  const onChange: TableProps<TableRow>["onChange"] = (_pagination, _filters, sorter, extra) => {
    if (extra.action !== "sort") return;
    const clicked = Array.isArray(sorter) ? sorter[0] : sorter;
    const order = clicked?.order;
    table.setSorting(
      order && clicked?.columnKey !== undefined
        ? [{ id: String(clicked.columnKey), desc: order === "descend" }]
        : [],
    );
  };

  const { pageIndex, pageSize } = table.state.pagination;
  const rowCount = table.getRowCount();
  return (
    <Flex vertical gap="middle">
      <Table<TableRow>
        aria-label={ariaLabel}
        // tells assistive technology (and the e2e tests) that the rows shown are about to change
        aria-busy={loading}
        columns={columns}
        dataSource={table.getRowModel().rows}
        rowKey={(row) => row.id}
        loading={loading}
        pagination={false}
        onChange={onChange}
        expandable={renderExpanded ? { expandedRowRender: (row) => renderExpanded(row.original) } : undefined}
        size="middle"
      />
      <Pagination
        align="end"
        current={pageIndex + 1}
        pageSize={pageSize}
        total={pagerRowCount(rowCount, totalCapped)}
        showSizeChanger
        pageSizeOptions={PAGE_SIZE_OPTIONS}
        showTotal={() => (totalCapped ? t.table.totalAtLeast(rowCount) : t.table.total(rowCount))}
        onChange={(page, size) => table.setPagination({ pageIndex: page - 1, pageSize: size })}
      />
    </Flex>
  );
}
