import type { ReactNode } from "react";
import type { TResourceListItem } from "@govshare/validators";
import { formatDateTime } from "../../format/date-time.ts";
import { resourceColumn, resourceIdentityColumns } from "../../catalogue/resource-identity-columns.tsx";
import type { Messages } from "../../i18n/messages.ts";

const column = resourceColumn;

/**
 * The submitted resources: code, name and submission time sort on the server (updatedAt). With
 * `versionChange`, a column says which version the revision makes of which (1 → 2): a revision is the
 * version after the published one.
 */
export function createReviewColumns(
  t: Messages,
  renderActions: (resource: TResourceListItem) => ReactNode,
  { versionChange = false } = {},
) {
  const words = t.catalogue.columns;
  const reviewWords = t.catalogue.reviewQueue;
  const version = column.accessor("version", {
    header: reviewWords.version,
    enableSorting: false,
    cell: (context) => reviewWords.versionChange(context.getValue(), context.getValue() + 1),
  });
  return column.columns([
    ...resourceIdentityColumns(words),
    ...(versionChange ? [version] : []),
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
