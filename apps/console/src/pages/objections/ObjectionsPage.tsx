import { useMemo, useState } from "react";
import { App, Button, Card, Flex, Form, Input, Modal, Select, Tabs, Tag } from "antd";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { createColumnHelper, useTable } from "@tanstack/react-table";
import type { TObjection } from "@govshare/validators";
import { useSignedInUser } from "../../auth/signed-in-user.ts";
import { ServerErrorAlert } from "../../errors/ServerErrorAlert.tsx";
import { useT } from "../../i18n/locale-context.ts";
import type { Messages } from "../../i18n/messages.ts";
import { DeadlineTag } from "../../sharing/SharingTags.tsx";
import { oneOf, toListInput, type ListSearchSpec } from "../../table/list-search-params.ts";
import { ServerDataTable } from "../../table/ServerDataTable.tsx";
import { serverTableFeatures, type ServerTableFeatures } from "../../table/server-table-features.ts";
import { useUrlTableState } from "../../table/use-url-table-state.ts";
import { trpc } from "../../trpc.ts";

const BOXES = ["incoming", "mine"] as const;
type Box = (typeof BOXES)[number];
const objectionListSearch: ListSearchSpec<"createdAt", { box?: Box }> = {
  sortFields: ["createdAt"],
  filters: { box: oneOf(BOXES) },
};
const STATE_COLORS = { open: "processing", corrected: "success", rejected: "default" } as const;
const noObjections: TObjection[] = [];
const column = createColumnHelper<ServerTableFeatures, TObjection>();

function objectionColumns(t: Messages, answer: ((objection: TObjection) => void) | null) {
  const words = t.sharing.objections;
  return column.columns([
    column.accessor((objection) => objection.resource.name, {
      id: "resource",
      header: words.columns.resource,
      enableSorting: false,
    }),
    column.accessor("description", { header: words.columns.description, enableSorting: false }),
    column.accessor("state", {
      header: words.columns.state,
      enableSorting: false,
      cell: (context) => (
        <Tag color={STATE_COLORS[context.getValue()]}>{words.states[context.getValue()]}</Tag>
      ),
    }),
    column.accessor("dueDate", {
      header: words.columns.deadline,
      enableSorting: false,
      cell: (context) => {
        const objection = context.row.original;
        const open = objection.state === "open";
        return (
          <DeadlineTag
            facts={{
              dueDate: open ? objection.dueDate : null,
              workingDaysLeft: objection.workingDaysLeft,
              overdue: objection.overdue,
              // the same 2-working-day warning as sharing requests
              warning: open && objection.workingDaysLeft !== null && objection.workingDaysLeft <= 2,
            }}
          />
        );
      },
    }),
    column.accessor("answer", {
      header: words.columns.answer,
      enableSorting: false,
      cell: (context) =>
        context.getValue() ??
        (answer && context.row.original.state === "open" ? (
          <Button size="small" onClick={() => answer(context.row.original)}>
            {words.answer}
          </Button>
        ) : (
          "—"
        )),
    }),
  ]);
}

/** 数据疑义: objections to verify (the provider's officers answer them) and those we filed. */
export function ObjectionsPage() {
  const t = useT();
  const user = useSignedInUser();
  const { list, tableOptions, setFilter } = useUrlTableState(objectionListSearch);
  const box = list.filters.box ?? "incoming";
  const [answering, setAnswering] = useState<TObjection | null>(null);
  const { box: _box, ...filters } = list.filters;
  const objections = useQuery(
    trpc.objections.list.queryOptions(
      { ...toListInput({ ...list, filters }), box },
      { placeholderData: keepPreviousData },
    ),
  );
  const mayAnswer = box === "incoming" && user.roles.includes("officer");
  const columns = useMemo(() => objectionColumns(t, mayAnswer ? setAnswering : null), [t, mayAnswer]);
  const table = useTable({
    features: serverTableFeatures,
    columns,
    data: objections.data?.items ?? noObjections,
    rowCount: objections.data?.total ?? 0,
    getRowId: (objection) => objection.id,
    ...tableOptions,
  });
  const words = t.sharing.objections;
  return (
    <Card title={words.title}>
      <Flex vertical gap="middle">
        <Tabs
          activeKey={box}
          onChange={(key) => setFilter("box", key === "incoming" ? undefined : (key as Box))}
          items={BOXES.map((key) => ({ key, label: words.boxes[key] }))}
        />
        <ServerErrorAlert error={objections.error} />
        <ServerDataTable table={table} loading={objections.isFetching} aria-label={words.tableLabel} />
      </Flex>
      {answering && <AnswerModal objection={answering} onClose={() => setAnswering(null)} />}
    </Card>
  );
}

function AnswerModal({ objection, onClose }: { objection: TObjection; onClose: () => void }) {
  const t = useT();
  const words = t.sharing.objections;
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ outcome: "corrected" | "rejected"; answer: string }>();
  const answer = useMutation(
    trpc.objections.answer.mutationOptions({
      onSuccess: async () => {
        void message.success(words.answered);
        await queryClient.invalidateQueries(trpc.objections.pathFilter());
        onClose();
      },
    }),
  );
  return (
    <Modal
      open
      title={words.answerTitle}
      okText={t.common.save}
      cancelText={t.common.cancel}
      confirmLoading={answer.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <ServerErrorAlert error={answer.error} failure={t.common.saveFailed} />
      <Form
        form={form}
        name="objection-answer"
        layout="vertical"
        initialValues={{ outcome: "corrected" }}
        onFinish={(values) => answer.mutate({ id: objection.id, ...values })}
      >
        <Form.Item label={words.outcome} name="outcome">
          <Select
            options={(["corrected", "rejected"] as const).map((outcome) => ({
              value: outcome,
              label: words.states[outcome],
            }))}
          />
        </Form.Item>
        <Form.Item
          label={words.answerText}
          name="answer"
          rules={[{ required: true, whitespace: true, message: t.common.required(words.answerText) }]}
        >
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
