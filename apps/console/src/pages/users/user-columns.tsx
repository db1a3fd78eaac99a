import type { ReactNode } from "react";
import { Flex, Tag } from "antd";
import { createColumnHelper } from "@tanstack/react-table";
import type { TUser } from "@govshare/validators";
import type { Messages } from "../../i18n/messages.ts";
import type { ServerTableFeatures } from "../../table/server-table-features.ts";

const column = createColumnHelper<ServerTableFeatures, TUser>();

/**
 * Sortable column ids are the server's sort fields (username, displayName); the others cannot be
 * sorted by the server and say so. `renderActions` draws each row's buttons.
 */
export function createUserColumns(t: Messages, renderActions: (user: TUser) => ReactNode) {
  return column.columns([
    column.accessor("username", { header: t.users.columns.username }),
    column.accessor("displayName", { header: t.users.columns.displayName }),
    column.accessor((user) => user.department.name, {
      id: "department",
      header: t.users.columns.department,
      enableSorting: false,
    }),
    column.accessor("roles", {
      header: t.users.columns.roles,
      enableSorting: false,
      cell: (context) => (
        <Flex wrap gap={4}>
          {context.getValue().map((role) => (
            <Tag key={role} color={role === "admin" ? "red" : "blue"}>
              {t.roles[role]}
            </Tag>
          ))}
        </Flex>
      ),
    }),
    column.accessor("disabled", {
      id: "status",
      header: t.users.columns.status,
      enableSorting: false,
      cell: (context) =>
        context.getValue() ? (
          <Tag color="default">{t.users.status.disabled}</Tag>
        ) : (
          <Tag color="green">{t.users.status.active}</Tag>
        ),
    }),
    column.display({
      id: "actions",
      header: t.common.actions,
      cell: (context) => renderActions(context.row.original),
    }),
  ]);
}
