import type { ReactNode } from "react";
import { Link } from "react-router";
import { createColumnHelper } from "@tanstack/react-table";
import type { TResourceListItem } from "@govshare/validators";
import { resourcePath } from "../../catalogue/resource-paths.ts";
import { SharingTypeTag } from "../../catalogue/ResourceTags.tsx";
import { formatDateTime } from "../../format/date-time.ts";
import type { Messages } from "../../i18n/messages.ts";
import type { ServerTableFeatures } from "../../table/server-table-features.ts";

const column = createColumnHelper<ServerTableFeatures, TResourceListItem>();

/** The submitted resources: code, name and submission time sort on the server (updatedAt). */
export function createReviewColumns(t: Messages, renderActions: (resource: TResourceListItem) => ReactNode) {
  const words = t.catalogue.columns;
  return column.columns([
    column.accessor("code", { header: words.code }),
    column.accessor("name", {
      header: words.name,
      cell: (context) => <Link to={resourcePath(context.row.original.id)}>{context.getValue()}</Link>,
    }),
    column.accessor((resource) => resource.providerDepartment.name, {
      id: "provider",
      header: words.provider,
      enableSorting: false,
    }),
    column.accessor("sharingType", {
      header: words.sharingType,
      enableSorting: false,
      cell: (context) => <SharingTypeTag sharingType={context.getValue()} />,
    }),
    column.accessor("updatedAt", {
      header: t.catalogue.reviewQueue.submittedAt,
      cell: (context) => formatDateTime(context.getValue()),
    }),
    column.display({
      id: "actions",
      header: t.common.actions,
      cell: (context) => renderActions(context.row.original),
    }),
  ]);
}
