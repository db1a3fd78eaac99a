import { App, Form, Input, Modal } from "antd";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { TSharingRequest } from "@govshare/validators";
import { ServerErrorAlert } from "../../errors/ServerErrorAlert.tsx";
import { useT } from "../../i18n/locale-context.ts";
import { trpc } from "../../trpc.ts";

/** Ends a grant before its end date; the reason is recorded and shown to the requester. */
export function RevokeModal({ request, onClose }: { request: TSharingRequest; onClose: () => void }) {
  const t = useT();
  const words = t.sharing.revoke;
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ reason: string }>();
  const revoke = useMutation(
    trpc.sharing.revoke.mutationOptions({
      onSuccess: async () => {
        void message.success(words.done);
        await queryClient.invalidateQueries(trpc.sharing.pathFilter());
        await queryClient.invalidateQueries(trpc.grants.pathFilter());
        onClose();
      },
    }),
  );
  return (
    <Modal
      open
      title={words.title}
      okText={words.button}
      okButtonProps={{ danger: true }}
      cancelText={t.common.cancel}
      confirmLoading={revoke.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <ServerErrorAlert error={revoke.error} failure={t.common.actionFailed} />
      <Form
        form={form}
        name="sharing-revoke"
        layout="vertical"
        onFinish={(values) => revoke.mutate({ id: request.id, reason: values.reason })}
      >
        <Form.Item
          label={words.reason}
          name="reason"
          rules={[{ required: true, whitespace: true, message: words.reasonRequired }]}
        >
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
