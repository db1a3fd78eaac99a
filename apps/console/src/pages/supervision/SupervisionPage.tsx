import { useMemo, useState } from "react";
import { Alert, Button, Card, Col, Flex, Row, Select, Space, Statistic, Tag } from "antd";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { createColumnHelper, useTable } from "@tanstack/react-table";
import { Link } from "react-router";
import {
  SUPERVISION_KINDS,
  ZIdInputSchema,
  type TSupervisionItem,
  type TSupervisionKind,
} from "@govshare/validators";
import { NOTICE_SENDERS } from "../../auth/role-groups.ts";
import { useSignedInUser } from "../../auth/signed-in-user.ts";
import { DepartmentSelect } from "../../departments/DepartmentSelect.tsx";
import { ServerErrorAlert } from "../../errors/ServerErrorAlert.tsx";
import { useT } from "../../i18n/locale-context.ts";
import type { Messages } from "../../i18n/messages.ts";
import { DeadlineTag } from "../../sharing/SharingTags.tsx";
import { NoticeFormModal, type NoticeDraft } from "../../supervision/NoticeFormModal.tsx";
import { oneOf, validatedBy, type ListSearchSpec } from "../../table/list-search-params.ts";
import { ServerDataTable } from "../../table/ServerDataTable.tsx";
import { serverTableFeatures, type ServerTableFeatures } from "../../table/server-table-features.ts";
import { useUrlTableState } from "../../table/use-url-table-state.ts";
import { trpc } from "../../trpc.ts";
import { supervisionSubjectPath } from "./supervision-subject-path.ts";

const LEVELS = ["warning", "overdue"] as const;
const boardSearch: ListSearchSpec<
  "dueDate",
  { kind?: TSupervisionKind; level?: (typeof LEVELS)[number]; department?: string }
> = {
  sortFields: ["dueDate"],
  filters: {
    kind: oneOf(SUPERVISION_KINDS),
    level: oneOf(LEVELS),
    department: validatedBy(ZIdInputSchema.shape.id),
  },
};
const noItems: TSupervisionItem[] = [];
const column = createColumnHelper<ServerTableFeatures, TSupervisionItem>();

function boardColumns(t: Messages, supervise: ((item: TSupervisionItem) => void) | null) {
  const words = t.supervision.board;
  return column.columns([
    column.accessor("kind", {
      header: words.columns.kind,
      enableSorting: false,
      cell: (context) => words.kinds[context.getValue()],
    }),
    column.accessor("label", {
      header: words.columns.subject,
      enableSorting: false,
      cell: (context) => {
        const path = supervisionSubjectPath(context.row.original);
        return path ? <Link to={path}>{context.getValue()}</Link> : context.getValue();
      },
    }),
    column.accessor("departmentName", {
      header: words.columns.department,
      enableSorting: false,
      cell: (context) => context.getValue() ?? "—",
    }),
    column.accessor("waitingOn", {
      header: words.columns.waitingOn,
      enableSorting: false,
      cell: (context) => words.waitingOn[context.getValue()],
    }),
    column.accessor("dueDate", { header: words.columns.dueDate, enableSorting: false }),
    column.accessor("workingDaysLeft", {
      header: words.columns.daysLeft,
      enableSorting: false,
      cell: (context) => {
        const item = context.row.original;
        return (
          <DeadlineTag
            facts={{
              dueDate: item.dueDate,
              workingDaysLeft: item.workingDaysLeft,
              overdue: item.level === "overdue",
              warning: item.level === "warning",
            }}
          />
        );
      },
    }),
    ...(supervise
      ? [
          column.display({
            id: "actions",
            header: t.common.actions,
            cell: (context) => (
              <Button size="small" onClick={() => supervise(context.row.original)}>
                {words.supervise}
              </Button>
            ),
          }),
        ]
      : []),
  ]);
}

/** The notice a board item prefills: its department, kind and label. */
function draftOf(item: TSupervisionItem): NoticeDraft {
  return {
    departmentId: item.departmentId ?? undefined,
    subjectType: item.kind === "notice" ? "general" : item.kind,
    subjectId: item.kind === "notice" ? null : item.subjectId,
    subjectLabel: item.label.slice(0, 200),
  };
}

/** 电子监察: everything due, soonest first, with warnings and overdue items; supervisors send 督办 from here. */
export function SupervisionPage() {
  const t = useT();
  const words = t.supervision.board;
  const user = useSignedInUser();
  const { list, tableOptions, setFilter } = useUrlTableState(boardSearch);
  const { kind, level, department } = list.filters;
  const board = useQuery(
    trpc.supervision.board.queryOptions(
      { page: list.page, pageSize: list.pageSize, kind, level, departmentId: department },
      { placeholderData: keepPreviousData },
    ),
  );
  const counts = useQuery(trpc.supervision.counts.queryOptions());
  const [draft, setDraft] = useState<NoticeDraft | null>(null);
  const maySupervise = user.roles.some((role) => NOTICE_SENDERS.includes(role));
  const columns = useMemo(
    () => boardColumns(t, maySupervise ? (item) => setDraft(draftOf(item)) : null),
    [t, maySupervise],
  );
  const table = useTable({
    features: serverTableFeatures,
    columns,
    data: board.data?.items ?? noItems,
    rowCount: board.data?.total ?? 0,
    getRowId: (item) => `${item.kind}:${item.subjectId}`,
    ...tableOptions,
  });
  return (
    <Card title={words.title}>
      <Flex vertical gap="middle">
        <ServerErrorAlert error={board.error ?? counts.error} />
        {counts.data && (
          <Row gutter={[12, 12]} role="list" aria-label={words.countsLabel}>
            {(["total", ...SUPERVISION_KINDS] as const).map((key) => {
              const figures = key === "total" ? counts.data.total : counts.data.byKind[key];
              const label = key === "total" ? words.total : words.kinds[key];
              return (
                <Col key={key} role="listitem" aria-label={label}>
                  <Card size="small" title={label} style={{ minWidth: 150 }}>
                    <Space size="large">
                      <Statistic
                        title={words.warning}
                        value={figures.warning}
                        styles={{ content: { color: "#fa8c16" } }}
                      />
                      <Statistic
                        title={words.overdue}
                        value={figures.overdue}
                        styles={{ content: { color: "#cf1322" } }}
                      />
                    </Space>
                  </Card>
                </Col>
              );
            })}
          </Row>
        )}
        <Alert type="info" showIcon title={words.rule} />
        <Flex wrap gap="small">
          <Select
            aria-label={words.kind}
            allowClear
            placeholder={words.allKinds}
            style={{ width: 160 }}
            value={kind ?? null}
            onChange={(value: TSupervisionKind | null) => setFilter("kind", value ?? undefined)}
            options={SUPERVISION_KINDS.map((value) => ({ value, label: words.kinds[value] }))}
          />
          <Select
            aria-label={words.level}
            allowClear
            placeholder={words.allLevels}
            style={{ width: 140 }}
            value={level ?? null}
            onChange={(value: (typeof LEVELS)[number] | null) => setFilter("level", value ?? undefined)}
            options={LEVELS.map((value) => ({ value, label: words.levels[value] }))}
          />
          <DepartmentSelect
            aria-label={words.department}
            allowClear
            placeholder={words.allDepartments}
            style={{ width: 240 }}
            value={department ?? null}
            onChange={(value: string | null) => setFilter("department", value ?? undefined)}
          />
          {level && <Tag>{words.levels[level]}</Tag>}
        </Flex>
        <ServerDataTable table={table} loading={board.isFetching} aria-label={words.tableLabel} />
      </Flex>
      {draft && <NoticeFormModal draft={draft} onClose={() => setDraft(null)} />}
    </Card>
  );
}
