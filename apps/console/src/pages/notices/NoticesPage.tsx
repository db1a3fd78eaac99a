import { useMemo, useState } from "react";
import { App, Button, Card, Flex, Space, Tabs, Tag } from "antd";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { createColumnHelper, useTable } from "@tanstack/react-table";
import { Link } from "react-router";
import { NOTICE_STATES, type TNotice } from "@govshare/validators";
import { NOTICE_REPLIERS, NOTICE_SENDERS } from "../../auth/role-groups.ts";
import { useSignedInUser } from "../../auth/signed-in-user.ts";
import { ServerErrorAlert } from "../../errors/ServerErrorAlert.tsx";
import { useT } from "../../i18n/locale-context.ts";
import type { Messages } from "../../i18n/messages.ts";
import { DeadlineTag } from "../../sharing/SharingTags.tsx";
import { NoticeFormModal } from "../../supervision/NoticeFormModal.tsx";
import { NoticeReplyModal } from "../../supervision/NoticeReplyModal.tsx";
import { oneOf, type ListSearchSpec } from "../../table/list-search-params.ts";
import { ServerDataTable } from "../../table/ServerDataTable.tsx";
import { serverTableFeatures, type ServerTableFeatures } from "../../table/server-table-features.ts";
import { useUrlTableState } from "../../table/use-url-table-state.ts";
import { trpc } from "../../trpc.ts";

type NoticeState = (typeof NOTICE_STATES)[number];
const noticeSearch: ListSearchSpec<"createdAt", { state?: NoticeState }> = {
  sortFields: ["createdAt"],
  filters: { state: oneOf(NOTICE_STATES) },
};
export const NOTICE_STATE_COLORS = { open: "processing", replied: "warning", closed: "default" } as const;
const noNotices: TNotice[] = [];
const column = createColumnHelper<ServerTableFeatures, TNotice>();

interface NoticeActions {
  reply: ((notice: TNotice) => void) | null;
  close: ((notice: TNotice) => void) | null;
  userDepartmentId: string;
}

export function NoticeDeadline({ notice }: { notice: TNotice }) {
  const open = notice.state === "open";
  return (
    <DeadlineTag
      facts={{
        dueDate: open ? notice.replyDueDate : null,
        workingDaysLeft: notice.workingDaysLeft,
        overdue: notice.overdue,
        warning: open && notice.workingDaysLeft !== null && notice.workingDaysLeft <= 2,
      }}
    />
  );
}

function noticeColumns(t: Messages, actions: NoticeActions) {
  const words = t.supervision.notices;
  return column.columns([
    column.accessor((notice) => notice.department.name, {
      id: "department",
      header: words.columns.department,
      enableSorting: false,
    }),
    column.accessor("subjectLabel", {
      header: words.columns.subject,
      enableSorting: false,
      cell: (context) => <Link to={`/notices/${context.row.original.id}`}>{context.getValue()}</Link>,
    }),
    column.accessor("text", { header: words.columns.text, enableSorting: false }),
    column.accessor("replyDueDate", {
      header: words.columns.dueDate,
      enableSorting: false,
      cell: (context) => (
        <Space size={4}>
          {context.getValue()}
          <NoticeDeadline notice={context.row.original} />
        </Space>
      ),
    }),
    column.accessor("state", {
      header: words.columns.state,
      enableSorting: false,
      cell: (context) => (
        <Tag color={NOTICE_STATE_COLORS[context.getValue()]}>{words.states[context.getValue()]}</Tag>
      ),
    }),
    column.accessor("reply", {
      header: words.columns.reply,
      enableSorting: false,
      cell: (context) => context.getValue() ?? "—",
    }),
    column.display({
      id: "actions",
      header: t.common.actions,
      cell: (context) => {
        const notice = context.row.original;
        const canReply =
          actions.reply && notice.state === "open" && notice.department.id === actions.userDepartmentId;
        const canClose = actions.close && notice.state !== "closed";
        return (
          <Space>
            {canReply && (
              <Button size="small" type="primary" onClick={() => actions.reply!(notice)}>
                {words.reply}
              </Button>
            )}
            {canClose && (
              <Button size="small" onClick={() => actions.close!(notice)}>
                {words.close}
              </Button>
            )}
          </Space>
        );
      },
    }),
  ]);
}

/** 督办: supervisors see the notices they sent (and send new ones); officers their department's, and reply. */
export function NoticesPage() {
  const t = useT();
  const words = t.supervision.notices;
  const user = useSignedInUser();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const { list, tableOptions, setFilter } = useUrlTableState(noticeSearch);
  const state = list.filters.state;
  const notices = useQuery(
    trpc.notices.list.queryOptions(
      { page: list.page, pageSize: list.pageSize, state },
      { placeholderData: keepPreviousData },
    ),
  );
  const [creating, setCreating] = useState(false);
  const [replying, setReplying] = useState<TNotice | null>(null);
  const close = useMutation(
    trpc.notices.close.mutationOptions({
      onSuccess: async () => {
        void message.success(words.closed);
        await queryClient.invalidateQueries(trpc.notices.pathFilter());
      },
    }),
  );
  const maySend = user.roles.some((role) => NOTICE_SENDERS.includes(role));
  const mayReply = user.roles.some((role) => NOTICE_REPLIERS.includes(role));
  const columns = useMemo(
    () =>
      noticeColumns(t, {
        reply: mayReply ? setReplying : null,
        close: maySend ? (notice) => close.mutate({ id: notice.id }) : null,
        userDepartmentId: user.department.id,
      }),
    // close.mutate is stable; listing `close` would rebuild the columns at every render
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [t, mayReply, maySend, user.department.id],
  );
  const table = useTable({
    features: serverTableFeatures,
    columns,
    data: notices.data?.items ?? noNotices,
    rowCount: notices.data?.total ?? 0,
    getRowId: (notice) => notice.id,
    ...tableOptions,
  });
  return (
    <Card
      title={words.title}
      extra={
        maySend && (
          <Button type="primary" onClick={() => setCreating(true)}>
            {words.create}
          </Button>
        )
      }
    >
      <Flex vertical gap="middle">
        <Tabs
          activeKey={state ?? "all"}
          onChange={(key) => setFilter("state", key === "all" ? undefined : (key as NoticeState))}
          items={[
            { key: "all", label: words.allStates },
            ...NOTICE_STATES.map((key) => ({ key, label: words.states[key] })),
          ]}
        />
        <ServerErrorAlert error={notices.error ?? close.error} />
        <ServerDataTable table={table} loading={notices.isFetching} aria-label={words.tableLabel} />
      </Flex>
      {creating && <NoticeFormModal draft={{}} onClose={() => setCreating(false)} />}
      {replying && <NoticeReplyModal notice={replying} onClose={() => setReplying(null)} />}
    </Card>
  );
}
