import { useMemo } from "react";
import { Card, Flex } from "antd";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useTable } from "@tanstack/react-table";
import { mayUse } from "../../auth/role-access.ts";
import { AUDIT_CHAIN_VERIFIERS } from "../../auth/role-groups.ts";
import { useSignedInUser } from "../../auth/signed-in-user.ts";
import { ServerErrorAlert } from "../../errors/ServerErrorAlert.tsx";
import { useT } from "../../i18n/locale-context.ts";
import { ServerDataTable } from "../../table/ServerDataTable.tsx";
import { serverTableFeatures } from "../../table/server-table-features.ts";
import { useUrlTableState } from "../../table/use-url-table-state.ts";
import { trpc } from "../../trpc.ts";
import { createAuditColumns } from "./audit-columns.tsx";
import type { AuditEvent } from "./audit-event.ts";
import { auditListSearch, toAuditListInput } from "./audit-list-search.ts";
import { AuditChainVerification } from "./AuditChainVerification.tsx";
import { AuditEventDetails } from "./AuditEventDetails.tsx";
import { AuditFilters } from "./AuditFilters.tsx";

// a stable empty page: a new [] on every render would make TanStack rebuild its row model each time
const noEvents: AuditEvent[] = [];
const renderDetails = (event: AuditEvent) => <AuditEventDetails event={event} />;

/** 审计 Audit: the hash-chained trail of every change and sign-in, newest first, paged by the server. */
export function AuditPage() {
  const t = useT();
  const user = useSignedInUser();
  const { list, tableOptions, setFilters } = useUrlTableState(auditListSearch);
  const events = useQuery(
    trpc.audit.list.queryOptions(toAuditListInput(list), { placeholderData: keepPreviousData }),
  );
  const columns = useMemo(() => createAuditColumns(t), [t]);

  const table = useTable({
    features: serverTableFeatures,
    columns,
    data: events.data?.items ?? noEvents,
    rowCount: events.data?.total ?? 0,
    getRowId: (event) => event.seq,
    ...tableOptions,
  });

  return (
    <Card title={t.audit.title}>
      <Flex vertical gap="middle">
        {mayUse(user.roles, { roles: AUDIT_CHAIN_VERIFIERS }) && <AuditChainVerification />}
        <AuditFilters filters={list.filters} onChange={setFilters} />
        <ServerErrorAlert error={events.error} />
        <ServerDataTable
          table={table}
          loading={events.isFetching}
          aria-label={t.audit.tableLabel}
          renderExpanded={renderDetails}
        />
      </Flex>
    </Card>
  );
}
