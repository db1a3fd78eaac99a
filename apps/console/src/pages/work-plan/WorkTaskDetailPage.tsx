import {
  App,
  Button,
  Card,
  Descriptions,
  Empty,
  Flex,
  Form,
  Input,
  InputNumber,
  Select,
  Timeline,
} from "antd";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { TWorkTaskDetail, TWorkTaskStatus } from "@govshare/validators";
import { ServerErrorAlert } from "../../errors/ServerErrorAlert.tsx";
import { formatDateTime } from "../../format/date-time.ts";
import { useT } from "../../i18n/locale-context.ts";
import { ButtonLink } from "../../layout/ButtonLink.tsx";
import { RouteIdPage } from "../../layout/RouteIdPage.tsx";
import { WorkTaskStatusTags } from "../../supervision/WorkTaskTags.tsx";
import { trpc } from "../../trpc.ts";

/** /work-plan/:id. A link with something else than an id shows "not found" without asking the server. */
export function WorkTaskDetailPage() {
  const words = useT().supervision.workPlan;
  return (
    <RouteIdPage
      notFoundTitle={words.notFound}
      backTo="/work-plan"
      backLabel={words.back}
      render={(id) => <WorkTaskDetail id={id} />}
    />
  );
}

/** One task of the plan: what it is, who does it, its progress reports and, for its units, the forms. */
function WorkTaskDetail({ id }: { id: string }) {
  const t = useT();
  const words = t.supervision.workPlan;
  const task = useQuery(trpc.workPlan.get.queryOptions({ id }));
  const data = task.data;
  return (
    <Card
      title={data ? `${data.number}. ${data.title}` : words.title}
      extra={<ButtonLink to="/work-plan">{words.back}</ButtonLink>}
    >
      <ServerErrorAlert error={task.error} />
      {data && (
        <Flex vertical gap="large">
          <Descriptions column={1} bordered size="small">
            <Descriptions.Item label={words.section}>{data.section}</Descriptions.Item>
            <Descriptions.Item label={words.description}>{data.description}</Descriptions.Item>
            <Descriptions.Item label={words.columns.lead}>{data.leadUnits.join("、")}</Descriptions.Item>
            <Descriptions.Item label={words.columns.responsible}>
              {data.responsibleUnits.join("、")}
            </Descriptions.Item>
            <Descriptions.Item label={words.columns.deadline}>
              {data.deadlineText} ({data.deadline})
            </Descriptions.Item>
            <Descriptions.Item label={words.columns.status}>
              <WorkTaskStatusTags status={data.status} overdue={data.overdue} />
            </Descriptions.Item>
          </Descriptions>
          {data.maySetStatus && <StatusForm task={data} />}
          {data.mayReportProgress && <ProgressForm task={data} />}
          <Card type="inner" title={words.updates}>
            {data.updates.length === 0 ? (
              <Empty description={words.noUpdates} />
            ) : (
              <Timeline
                items={data.updates.map((update) => ({
                  key: update.id,
                  children: (
                    <>
                      <div>
                        {formatDateTime(update.createdAt)} · {update.departmentName} · {update.authorName} ·{" "}
                        {update.progress}%
                      </div>
                      <div>{update.text}</div>
                    </>
                  ),
                }))}
              />
            )}
          </Card>
        </Flex>
      )}
    </Card>
  );
}

function useRefreshWorkPlan() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries(trpc.workPlan.pathFilter());
}

function ProgressForm({ task }: { task: TWorkTaskDetail }) {
  const t = useT();
  const words = t.supervision.workPlan;
  const { message } = App.useApp();
  const refresh = useRefreshWorkPlan();
  const [form] = Form.useForm<{ progress: number; text: string }>();
  const addUpdate = useMutation(
    trpc.workPlan.addUpdate.mutationOptions({
      onSuccess: async () => {
        void message.success(words.updateSaved);
        form.resetFields();
        await refresh();
      },
    }),
  );
  return (
    <Card type="inner" title={words.addUpdate}>
      <ServerErrorAlert error={addUpdate.error} failure={t.common.saveFailed} />
      <Form
        form={form}
        name="work-task-update"
        layout="vertical"
        initialValues={{ progress: task.progress ?? 0 }}
        onFinish={(values) => addUpdate.mutate({ taskId: task.id, ...values })}
      >
        <Form.Item label={words.progressLabel} name="progress" rules={[{ required: true }]}>
          <InputNumber min={0} max={100} precision={0} />
        </Form.Item>
        <Form.Item
          label={words.textLabel}
          name="text"
          rules={[{ required: true, whitespace: true, message: t.common.required(words.textLabel) }]}
        >
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={addUpdate.isPending}>
          {words.submitUpdate}
        </Button>
      </Form>
    </Card>
  );
}

function StatusForm({ task }: { task: TWorkTaskDetail }) {
  const t = useT();
  const words = t.supervision.workPlan;
  const { message } = App.useApp();
  const refresh = useRefreshWorkPlan();
  const setStatus = useMutation(
    trpc.workPlan.setStatus.mutationOptions({
      onSuccess: async () => {
        void message.success(words.statusSaved);
        await refresh();
      },
    }),
  );
  return (
    <Flex gap="small" align="center">
      <span>{words.setStatus}</span>
      <Select<TWorkTaskStatus>
        aria-label={words.setStatus}
        style={{ width: 160 }}
        value={task.status}
        loading={setStatus.isPending}
        options={(["not_started", "in_progress", "done"] as const).map((status) => ({
          value: status,
          label: words.status[status],
        }))}
        onChange={(status) => setStatus.mutate({ taskId: task.id, status, rowVersion: task.rowVersion })}
      />
      <ServerErrorAlert error={setStatus.error} failure={t.common.saveFailed} />
    </Flex>
  );
}
