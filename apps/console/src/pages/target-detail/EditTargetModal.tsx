import { App, DatePicker, Form, Input, InputNumber, Modal } from "antd";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import dayjs, { type Dayjs } from "dayjs";
import type { TTargetDetail } from "@govshare/validators";
import { ServerErrorAlert } from "../../errors/ServerErrorAlert.tsx";
import { useT } from "../../i18n/locale-context.ts";
import { trpc } from "../../trpc.ts";

interface EditValues {
  definition: string;
  deadline: Dayjs;
  targetValue: number;
}

/** The centre changes a target's definition, deadline or value (audited by the API). */
export function EditTargetModal({ target, onClose }: { target: TTargetDetail; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<EditValues>();
  const update = useMutation(
    trpc.targets.update.mutationOptions({
      onSuccess: async () => {
        void message.success(t.targets.saved);
        await queryClient.invalidateQueries(trpc.targets.pathFilter());
        await queryClient.invalidateQueries(trpc.dashboard.pathFilter());
        onClose();
      },
    }),
  );
  return (
    <Modal
      open
      title={t.targets.editTitle}
      okText={t.common.save}
      cancelText={t.common.cancel}
      confirmLoading={update.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <ServerErrorAlert error={update.error} failure={t.common.saveFailed} />
      <Form
        form={form}
        name="target-edit"
        layout="vertical"
        initialValues={{
          definition: target.definition,
          deadline: dayjs(target.deadline),
          targetValue: target.targetValue,
        }}
        onFinish={(values) =>
          update.mutate({
            id: target.id,
            version: target.version,
            definition: values.definition,
            deadline: values.deadline.format("YYYY-MM-DD"),
            targetValue: values.targetValue,
          })
        }
      >
        <Form.Item
          label={t.targets.target}
          name="targetValue"
          rules={[{ required: true, message: t.common.required(t.targets.target) }]}
        >
          <InputNumber min={1} max={100} addonAfter="%" />
        </Form.Item>
        <Form.Item
          label={t.targets.deadline}
          name="deadline"
          rules={[{ required: true, message: t.common.required(t.targets.deadline) }]}
        >
          <DatePicker />
        </Form.Item>
        <Form.Item
          label={t.targets.definition}
          name="definition"
          rules={[{ required: true, whitespace: true, message: t.common.required(t.targets.definition) }]}
        >
          <Input.TextArea rows={5} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
