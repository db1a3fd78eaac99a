import { Typography } from "antd";
import { createColumnHelper } from "@tanstack/react-table";
import type { AuditEvent } from "./audit-event.ts";
import { formatDateTime } from "../../format/date-time.ts";
import type { Messages } from "../../i18n/messages.ts";
import type { ServerTableFeatures } from "../../table/server-table-features.ts";
import { AUDIT_SUBJECT_TYPES } from "./audit-list-search.ts";

const column = createColumnHelper<ServerTableFeatures, AuditEvent>();

function subjectTypeLabel(t: Messages, subjectType: string): string {
  const known = AUDIT_SUBJECT_TYPES.find((type) => type === subjectType);
  // a type this console does not know yet still shows, as the server names it
  return known ? t.audit.subjectTypes[known] : subjectType;
}

/** Only seq is sortable (the server's one sort field, the order of the chain). */
export function createAuditColumns(t: Messages) {
  return column.columns([
    column.accessor("seq", { header: t.audit.columns.seq }),
    column.accessor("at", {
      header: t.audit.columns.at,
      enableSorting: false,
      cell: (context) => formatDateTime(context.getValue()),
    }),
    column.accessor("actorLabel", { header: t.audit.columns.actor, enableSorting: false }),
    column.accessor("action", {
      header: t.audit.columns.action,
      enableSorting: false,
      cell: (context) => <Typography.Text code>{context.getValue()}</Typography.Text>,
    }),
    column.accessor("subjectType", {
      header: t.audit.columns.subjectType,
      enableSorting: false,
      cell: (context) => subjectTypeLabel(t, context.getValue()),
    }),
    column.accessor("subjectId", {
      header: t.audit.columns.subjectId,
      enableSorting: false,
      cell: (context) => (
        <Typography.Text copyable={!!context.getValue()}>{context.getValue() ?? "—"}</Typography.Text>
      ),
    }),
    column.accessor("requestId", {
      header: t.audit.columns.requestId,
      enableSorting: false,
      cell: (context) => context.getValue() ?? "—",
    }),
  ]);
}
