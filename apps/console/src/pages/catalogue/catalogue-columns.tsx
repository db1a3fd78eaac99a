import { Link } from "react-router";
import { createColumnHelper } from "@tanstack/react-table";
import { UPDATE_CYCLE_LABELS, type TResourceListItem } from "@govshare/validators";
import type { LabelText } from "../../catalogue/label-text.ts";
import { resourcePath } from "../../catalogue/resource-paths.ts";
import { ResourceStatusTag, SharingTypeTag } from "../../catalogue/ResourceTags.tsx";
import type { Messages } from "../../i18n/messages.ts";
import type { ServerTableFeatures } from "../../table/server-table-features.ts";

const column = createColumnHelper<ServerTableFeatures, TResourceListItem>();

/**
 * Sortable column ids are the server's sort fields (code, name, publishDate); with a search and no
 * column sorted, the server orders by relevance.
 */
export function createCatalogueColumns(t: Messages, label: LabelText) {
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
