import { Button } from "antd";
import { createColumnHelper } from "@tanstack/react-table";
import type { TDepartment } from "@govshare/validators";
import type { Messages } from "../../i18n/messages.ts";
import type { ServerTableFeatures } from "../../table/server-table-features.ts";

const column = createColumnHelper<ServerTableFeatures, TDepartment>();

/**
 * Column ids are the server's sort fields, so a header click maps straight to `sort=`. With `onEdit`
 * (for those who may change departments) each row gets an edit button.
 */
export function createDepartmentColumns(t: Messages, onEdit?: (department: TDepartment) => void) {
  const dataColumns = column.columns([
    column.accessor("code", { header: t.departments.columns.code }),
    column.accessor("name", { header: t.departments.columns.name }),
    column.accessor("kind", {
      header: t.departments.columns.kind,
      cell: (context) => t.departments.kinds[context.getValue()],
    }),
    column.accessor("sortOrder", { header: t.departments.columns.sortOrder }),
  ]);
  if (!onEdit) return dataColumns;
  return [
    ...dataColumns,
    column.display({
      id: "actions",
      header: t.common.actions,
      cell: (context) => (
        <Button size="small" onClick={() => onEdit(context.row.original)}>
          {t.common.edit}
        </Button>
      ),
    }),
  ];
}
