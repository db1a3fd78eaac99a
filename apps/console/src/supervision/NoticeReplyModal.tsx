import { App, Form, Input, Modal } from "antd";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { TNotice } from "@govshare/validators";
import { ServerErrorAlert } from "../errors/ServerErrorAlert.tsx";
import { useT } from "../i18n/locale-context.ts";
import { trpc } from "../trpc.ts";

/** The addressed department's officer answers a notice. */
export function NoticeReplyModal({ notice, onClose }: { notice: TNotice; onClose: () => void }) {
  const t = useT();
  const words = t.supervision.notices;
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ reply: string }>();
  const reply = useMutation(
    trpc.notices.reply.mutationOptions({
      onSuccess: async () => {
        void message.success(words.replied);
        await queryClient.invalidateQueries(trpc.notices.pathFilter());
        onClose();
      },
    }),
  );
  return (
    <Modal
      open
      title={`${words.replyTitle}: ${notice.subjectLabel}`}
      okText={words.reply}
      cancelText={t.common.cancel}
      confirmLoading={reply.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <p>{notice.text}</p>
      <ServerErrorAlert error={reply.error} failure={t.common.saveFailed} />
      <Form
        form={form}
        name="notice-reply"
        layout="vertical"
        onFinish={(values) => reply.mutate({ id: notice.id, ...values })}
      >
        <Form.Item
          label={words.replyLabel}
          name="reply"
          rules={[{ required: true, whitespace: true, message: t.common.required(words.replyLabel) }]}
        >
          <Input.TextArea rows={4} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
