import { createColumnHelper } from "@tanstack/react-table";
import { Link } from "react-router";
import type { TSharingRequest } from "@govshare/validators";
import { formatDateTime } from "../format/date-time.ts";
import type { Messages } from "../i18n/messages.ts";
import type { ServerTableFeatures } from "../table/server-table-features.ts";
import { sharingRequestPath } from "./sharing-paths.ts";
import { DeadlineTag, SharingStateTag } from "./SharingTags.tsx";

const column = createColumnHelper<ServerTableFeatures, TSharingRequest>();

/** A list of requests, newest first (the server's one order): nothing sorts by column. */
export function createSharingColumns(t: Messages) {
  const words = t.sharing.columns;
  return column.columns([
    column.accessor((request) => request.resource.name, {
      id: "resource",
      header: words.resource,
      enableSorting: false,
      cell: (context) => <Link to={sharingRequestPath(context.row.original.id)}>{context.getValue()}</Link>,
    }),
    column.accessor((request) => request.requesterDepartment.name, {
      id: "requester",
      header: words.requester,
      enableSorting: false,
    }),
    column.accessor((request) => request.requestedItems.join("、"), {
      id: "items",
      header: words.items,
      enableSorting: false,
    }),
    column.accessor("state", {
      header: words.state,
      enableSorting: false,
      cell: (context) => <SharingStateTag request={context.row.original} />,
    }),
    column.accessor("dueDate", {
      header: words.deadline,
      enableSorting: false,
      cell: (context) => <DeadlineTag facts={context.row.original} />,
    }),
    column.accessor("createdAt", {
      header: words.createdAt,
      enableSorting: false,
      cell: (context) => formatDateTime(context.getValue()),
    }),
  ]);
}
