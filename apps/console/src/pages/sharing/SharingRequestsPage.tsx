import { useMemo } from "react";
import { Card, Flex, Form, Select } from "antd";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useTable } from "@tanstack/react-table";
import { SHARING_REQUEST_STATES, type TSharingRequest } from "@govshare/validators";
import { ServerErrorAlert } from "../../errors/ServerErrorAlert.tsx";
import { useT } from "../../i18n/locale-context.ts";
import { createSharingColumns } from "../../sharing/sharing-columns.tsx";
import { sharingListSearch, toSharingListInput } from "../../sharing/sharing-list-search.ts";
import { ServerDataTable } from "../../table/ServerDataTable.tsx";
import { serverTableFeatures } from "../../table/server-table-features.ts";
import { useUrlTableState } from "../../table/use-url-table-state.ts";
import { trpc } from "../../trpc.ts";

const noRequests: TSharingRequest[] = [];

/** One box of sharing.list, paged by the server, the state filter in the URL. */
function SharingRequestList({ box }: { box: "mine" | "awaiting" }) {
  const t = useT();
  const words = t.sharing[box];
  const { list, tableOptions, setFilter } = useUrlTableState(sharingListSearch);
  const requests = useQuery(
    trpc.sharing.list.queryOptions(toSharingListInput(list, box), { placeholderData: keepPreviousData }),
  );
  const columns = useMemo(() => createSharingColumns(t), [t]);
  const table = useTable({
    features: serverTableFeatures,
    columns,
    data: requests.data?.items ?? noRequests,
    rowCount: requests.data?.total ?? 0,
    getRowId: (request) => request.id,
    ...tableOptions,
  });

  return (
    <Card title={words.title}>
      <Flex vertical gap="middle">
        <Form layout="inline">
          <Form.Item label={t.sharing.stateFilter}>
            <Select
              aria-label={t.sharing.stateFilter}
              style={{ width: 200 }}
              allowClear
              placeholder={t.sharing.allStates}
              value={list.filters.state}
              onChange={(state) => setFilter("state", state)}
              options={SHARING_REQUEST_STATES.map((state) => ({
                value: state,
                label: t.sharing.states[state],
              }))}
            />
          </Form.Item>
        </Form>
        <ServerErrorAlert error={requests.error} />
        <ServerDataTable table={table} loading={requests.isFetching} aria-label={words.tableLabel} />
      </Flex>
    </Card>
  );
}

/** 我的申请: what our department asked of others. */
export function MySharingRequestsPage() {
  return <SharingRequestList box="mine" />;
}

/** 待我处理: requests at our step (the provider's officers; the centre's step and escalations). */
export function AwaitingSharingRequestsPage() {
  return <SharingRequestList box="awaiting" />;
}
