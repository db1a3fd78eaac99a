import { useMemo, useState } from "react";
import { App, Button, Flex, Form, Input, Modal, Select, Tag } from "antd";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { createColumnHelper, useTable } from "@tanstack/react-table";
import { TARGET_REPORT_STATES, type TTargetReport } from "@govshare/validators";
import { TARGET_MANAGERS } from "../../auth/role-groups.ts";
import { useSignedInUser } from "../../auth/signed-in-user.ts";
import { ServerErrorAlert } from "../../errors/ServerErrorAlert.tsx";
import { useT } from "../../i18n/locale-context.ts";
import type { Messages } from "../../i18n/messages.ts";
import { oneOf, toListInput, type ListSearchSpec } from "../../table/list-search-params.ts";
import { ServerDataTable } from "../../table/ServerDataTable.tsx";
import { serverTableFeatures, type ServerTableFeatures } from "../../table/server-table-features.ts";
import { useUrlTableState } from "../../table/use-url-table-state.ts";
import { trpc } from "../../trpc.ts";

type ReportState = TTargetReport["state"];
const reportListSearch: ListSearchSpec<"createdAt", { state?: ReportState }> = {
  sortFields: ["createdAt"],
  filters: { state: oneOf(TARGET_REPORT_STATES) },
};
const STATE_COLORS = { submitted: "processing", confirmed: "success", returned: "default" } as const;
const noReports: TTargetReport[] = [];
const column = createColumnHelper<ServerTableFeatures, TTargetReport>();

type Review = (report: TTargetReport, decision: "confirm" | "return") => void;

function reportColumns(t: Messages, review: Review | null) {
  const words = t.targets.reports;
  return column.columns([
    column.accessor((report) => report.department.name, {
      id: "department",
      header: words.department,
      enableSorting: false,
    }),
    column.accessor((report) => `${report.periodStart} ~ ${report.periodEnd}`, {
      id: "period",
      header: t.targets.period,
      enableSorting: false,
    }),
    column.accessor((report) => t.targets.ratio(report.numerator, report.denominator), {
      id: "ratio",
      header: `${words.numerator} / ${words.denominator}`,
      enableSorting: false,
    }),
    column.accessor("note", { header: words.note, enableSorting: false }),
    column.accessor("state", {
      header: words.state,
      enableSorting: false,
      cell: (context) => (
        <Tag color={STATE_COLORS[context.getValue()]}>{words.states[context.getValue()]}</Tag>
      ),
    }),
    column.accessor("dueDate", { header: words.dueDate, enableSorting: false }),
    column.accessor("reviewComment", {
      header: words.comment,
      enableSorting: false,
      cell: (context) => {
        const report = context.row.original;
        if (review && report.state === "submitted") {
          return (
            <Flex gap="small">
              <Button size="small" type="primary" onClick={() => review(report, "confirm")}>
                {words.confirm}
              </Button>
              <Button size="small" onClick={() => review(report, "return")}>
                {words.return}
              </Button>
            </Flex>
          );
        }
        return context.getValue() ?? "—";
      },
    }),
  ]);
}

/** 报送记录 of one target: the centre confirms or returns what the responsible units submitted. */
export function TargetReportsTable({ targetId }: { targetId: string }) {
  const t = useT();
  const user = useSignedInUser();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const { list, tableOptions, setFilter } = useUrlTableState(reportListSearch);
  const { state, ...filters } = list.filters;
  const reports = useQuery(
    trpc.targets.reports.queryOptions(
      { ...toListInput({ ...list, filters }), targetId, state },
      { placeholderData: keepPreviousData },
    ),
  );
  const [returning, setReturning] = useState<TTargetReport | null>(null);
  const reviewReport = useMutation(
    trpc.targets.reviewReport.mutationOptions({
      onSuccess: async (report) => {
        void message.success(
          report.state === "confirmed" ? t.targets.reports.confirmed : t.targets.reports.returned,
        );
        await queryClient.invalidateQueries(trpc.targets.pathFilter());
        await queryClient.invalidateQueries(trpc.dashboard.pathFilter());
        setReturning(null);
      },
    }),
  );
  const manages = user.roles.some((role) => TARGET_MANAGERS.includes(role));
  const columns = useMemo(
    () =>
      reportColumns(
        t,
        manages
          ? (report, decision) =>
              decision === "confirm"
                ? reviewReport.mutate({ id: report.id, decision, comment: "" })
                : setReturning(report)
          : null,
      ),
    // reviewReport.mutate is stable
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [t, manages],
  );
  const table = useTable({
    features: serverTableFeatures,
    columns,
    data: reports.data?.items ?? noReports,
    rowCount: reports.data?.total ?? 0,
    getRowId: (report) => report.id,
    ...tableOptions,
  });
  const words = t.targets.reports;
  return (
    <Flex vertical gap="middle">
      <Select
        aria-label={words.state}
        allowClear
        placeholder={words.state}
        style={{ width: 200 }}
        value={state}
        onChange={(value?: ReportState) => setFilter("state", value)}
        options={TARGET_REPORT_STATES.map((value) => ({ value, label: words.states[value] }))}
      />
      <ServerErrorAlert error={reports.error ?? (returning ? null : reviewReport.error)} />
      <ServerDataTable table={table} loading={reports.isFetching} aria-label={words.tableLabel} />
      {returning && (
        <ReturnModal
          onSubmit={(comment) => reviewReport.mutate({ id: returning.id, decision: "return", comment })}
          onClose={() => setReturning(null)}
          pending={reviewReport.isPending}
          error={reviewReport.error}
        />
      )}
    </Flex>
  );
}

function ReturnModal({
  onSubmit,
  onClose,
  pending,
  error,
}: {
  onSubmit: (comment: string) => void;
  onClose: () => void;
  pending: boolean;
  error: Parameters<typeof ServerErrorAlert>[0]["error"];
}) {
  const t = useT();
  const words = t.targets.reports;
  const [form] = Form.useForm<{ comment: string }>();
  return (
    <Modal
      open
      title={words.returnTitle}
      okText={words.return}
      cancelText={t.common.cancel}
      confirmLoading={pending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <ServerErrorAlert error={error} failure={t.common.actionFailed} />
      <Form
        form={form}
        name="target-report-return"
        layout="vertical"
        onFinish={(values) => onSubmit(values.comment)}
      >
        <Form.Item
          label={words.comment}
          name="comment"
          rules={[{ required: true, whitespace: true, message: t.common.required(words.comment) }]}
        >
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
