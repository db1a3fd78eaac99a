import type { ReactNode } from "react";
import type { TResourceListItem } from "@govshare/validators";
import { formatDateTime } from "../../format/date-time.ts";
import { resourceColumn, resourceIdentityColumns } from "../../catalogue/resource-identity-columns.tsx";
import type { Messages } from "../../i18n/messages.ts";

const column = resourceColumn;

/** The submitted resources: code, name and submission time sort on the server (updatedAt). */
export function createReviewColumns(t: Messages, renderActions: (resource: TResourceListItem) => ReactNode) {
  const words = t.catalogue.columns;
  return column.columns([
    ...resourceIdentityColumns(words),
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
