import { UPDATE_CYCLE_LABELS } from "@govshare/validators";
import type { LabelText } from "../../catalogue/label-text.ts";
import { ResourceStatusTag } from "../../catalogue/ResourceTags.tsx";
import { resourceColumn, resourceIdentityColumns } from "../../catalogue/resource-identity-columns.tsx";
import type { Messages } from "../../i18n/messages.ts";

const column = resourceColumn;

/**
 * Sortable column ids are the server's sort fields (code, name, publishDate); with a search and no
 * column sorted, the server orders by relevance.
 */
export function createCatalogueColumns(t: Messages, label: LabelText) {
  const words = t.catalogue.columns;
  return column.columns([
    ...resourceIdentityColumns(words),
    column.accessor("status", {
      header: words.status,
      enableSorting: false,
      cell: (context) => (
        <ResourceStatusTag
          status={context.getValue()}
          hasPendingRevision={context.row.original.hasPendingRevision}
        />
      ),
    }),
    column.accessor("updateCycle", {
      header: words.updateCycle,
      enableSorting: false,
      cell: (context) => label(UPDATE_CYCLE_LABELS[context.getValue()]),
    }),
    column.accessor("publishDate", {
      header: words.publishDate,
      cell: (context) => context.getValue() ?? "—",
    }),
  ]);
}
