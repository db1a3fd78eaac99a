import { Link } from "react-router";
import { createColumnHelper } from "@tanstack/react-table";
import type { TResourceListItem } from "@govshare/validators";
import type { Messages } from "../i18n/messages.ts";
import type { ServerTableFeatures } from "../table/server-table-features.ts";
import { resourcePath } from "./resource-paths.ts";
import { SharingTypeTag } from "./ResourceTags.tsx";

export const resourceColumn = createColumnHelper<ServerTableFeatures, TResourceListItem>();

/** Code, linked name, provider and sharing type: how every resource list starts. */
export function resourceIdentityColumns(words: Messages["catalogue"]["columns"]) {
  return [
    resourceColumn.accessor("code", { header: words.code }),
    resourceColumn.accessor("name", {
      header: words.name,
      cell: (context) => <Link to={resourcePath(context.row.original.id)}>{context.getValue()}</Link>,
    }),
    resourceColumn.accessor((resource) => resource.providerDepartment.name, {
      id: "provider",
      header: words.provider,
      enableSorting: false,
    }),
    resourceColumn.accessor("sharingType", {
      header: words.sharingType,
      enableSorting: false,
      cell: (context) => <SharingTypeTag sharingType={context.getValue()} />,
    }),
  ] as const;
}
