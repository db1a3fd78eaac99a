import { Skeleton, Typography } from "antd";
import { Link } from "react-router";
import { createColumnHelper } from "@tanstack/react-table";
import type { TResource, TResourceListItem } from "@govshare/validators";
import { resourcePath } from "../../catalogue/resource-paths.ts";
import { ResourceStatusTag } from "../../catalogue/ResourceTags.tsx";
import type { LabelText } from "../../catalogue/label-text.ts";
import { RESOURCE_FIELD_LABELS } from "@govshare/validators";
import type { Messages } from "../../i18n/messages.ts";
import type { ServerTableFeatures } from "../../table/server-table-features.ts";

const column = createColumnHelper<ServerTableFeatures, TResourceListItem>();

/** A row's details (resources.get), once loaded; `undefined` while they are on their way. */
export type DetailOf = (id: string) => TResource | undefined;

/**
 * The register's columns: what the list returns, plus the basis and condition, which only the
 * resource's details carry (see NotSharedPage).
 */
export function createNotSharedColumns(t: Messages, label: LabelText, detailOf: DetailOf) {
  const words = t.catalogue.columns;
  const detailText = (id: string, field: "sharingBasis" | "sharingCondition") => {
    const detail = detailOf(id);
    if (!detail)
      return <Skeleton.Input size="small" active aria-label={t.catalogue.notShared.loadingDetail} />;
    return detail[field] ? (
      <Typography.Paragraph style={{ margin: 0, whiteSpace: "pre-wrap" }}>
        {detail[field]}
      </Typography.Paragraph>
    ) : (
      <Typography.Text type="danger">{t.catalogue.notShared.missing}</Typography.Text>
    );
  };
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
    column.display({
      id: "sharingBasis",
      header: label(RESOURCE_FIELD_LABELS.sharingBasis),
      cell: (context) => detailText(context.row.original.id, "sharingBasis"),
    }),
    column.display({
      id: "sharingCondition",
      header: label(RESOURCE_FIELD_LABELS.sharingCondition),
      cell: (context) => detailText(context.row.original.id, "sharingCondition"),
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
  ]);
}
