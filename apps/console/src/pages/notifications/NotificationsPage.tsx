import { useMemo } from "react";
import { App, Badge, Button, Card, Flex, Switch, Typography } from "antd";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { createColumnHelper, useTable } from "@tanstack/react-table";
import { useNavigate } from "react-router";
import type { TNotification } from "@govshare/validators";
import { ServerErrorAlert } from "../../errors/ServerErrorAlert.tsx";
import { formatDateTime } from "../../format/date-time.ts";
import { useT } from "../../i18n/locale-context.ts";
import type { Messages } from "../../i18n/messages.ts";
import { notificationTarget, notificationText } from "../../notifications/notification-text.ts";
import { oneOf, toListInput, type ListSearchSpec } from "../../table/list-search-params.ts";
import { ServerDataTable } from "../../table/ServerDataTable.tsx";
import { serverTableFeatures, type ServerTableFeatures } from "../../table/server-table-features.ts";
import { useUrlTableState } from "../../table/use-url-table-state.ts";
import { trpc } from "../../trpc.ts";

const notificationListSearch: ListSearchSpec<"createdAt", { unread?: "1" }> = {
  sortFields: ["createdAt"],
  filters: { unread: oneOf(["1"] as const) },
};
const noNotifications: TNotification[] = [];
const column = createColumnHelper<ServerTableFeatures, TNotification>();

function notificationColumns(t: Messages, open: (notification: TNotification) => void) {
  const words = t.sharing.notifications;
  return column.columns([
    column.accessor("createdAt", {
      header: words.time,
      enableSorting: false,
      cell: (context) => formatDateTime(context.getValue()),
    }),
    column.accessor("kind", {
      id: "content",
      header: words.content,
      enableSorting: false,
      cell: (context) => {
        const notification = context.row.original;
        return (
          <Flex gap="small" align="center">
            {notification.readAt === null && <Badge status="processing" aria-label={words.unread} />}
            <Typography.Link strong={notification.readAt === null} onClick={() => open(notification)}>
              {notificationText(words, notification)}
            </Typography.Link>
          </Flex>
        );
      },
    }),
  ]);
}

/** 通知: the user's notifications, newest first; opening one marks it read and follows its link. */
export function NotificationsPage() {
  const t = useT();
  const words = t.sharing.notifications;
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { list, tableOptions, setFilter } = useUrlTableState(notificationListSearch);
  const { unread, ...filters } = list.filters;
  const notifications = useQuery(
    trpc.notifications.list.queryOptions(
      { ...toListInput({ ...list, filters }), unreadOnly: unread === "1" },
      { placeholderData: keepPreviousData },
    ),
  );
  const markRead = useMutation(
    trpc.notifications.markRead.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.notifications.pathFilter()),
    }),
  );
  const columns = useMemo(
    () =>
      notificationColumns(t, (notification) => {
        if (notification.readAt === null) markRead.mutate({ ids: [notification.id] });
        void navigate(notificationTarget(notification.link));
      }),
    // markRead.mutate is stable across renders (TanStack Query)
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [t, navigate, markRead.mutate],
  );
  const table = useTable({
    features: serverTableFeatures,
    columns,
    data: notifications.data?.items ?? noNotifications,
    rowCount: notifications.data?.total ?? 0,
    getRowId: (notification) => notification.id,
    ...tableOptions,
  });
  return (
    <Card
      title={words.title}
      extra={
        <Button
          disabled={(notifications.data?.unread ?? 0) === 0}
          loading={markRead.isPending}
          onClick={() =>
            markRead.mutate({ all: true }, { onSuccess: () => void message.success(words.markAllRead) })
          }
        >
          {words.markAllRead}
        </Button>
      }
    >
      <Flex vertical gap="middle">
        <Flex gap="small" align="center">
          <Switch
            aria-label={words.unreadOnly}
            checked={unread === "1"}
            onChange={(checked) => setFilter("unread", checked ? "1" : undefined)}
          />
          <Typography.Text>{words.unreadOnly}</Typography.Text>
        </Flex>
        <ServerErrorAlert error={notifications.error} />
        <ServerErrorAlert error={markRead.error} failure={t.common.actionFailed} />
        <ServerDataTable table={table} loading={notifications.isFetching} aria-label={words.tableLabel} />
      </Flex>
    </Card>
  );
}
