import { App, Button, Flex, Form, Input } from "antd";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { ServerErrorAlert } from "../../errors/ServerErrorAlert.tsx";
import { useT } from "../../i18n/locale-context.ts";
import { trpc } from "../../trpc.ts";

/** A comment both sides and the centre read in the timeline. */
export function CommentBox({ requestId }: { requestId: string }) {
  const t = useT();
  const words = t.sharing.detail;
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ text: string }>();
  const comment = useMutation(
    trpc.sharing.comment.mutationOptions({
      onSuccess: async () => {
        form.resetFields();
        void message.success(t.sharing.commented);
        await queryClient.invalidateQueries(trpc.sharing.get.queryFilter({ id: requestId }));
      },
    }),
  );
  return (
    <Flex vertical gap="small">
      <ServerErrorAlert error={comment.error} failure={t.common.saveFailed} />
      <Form
        form={form}
        name="sharing-comment"
        layout="vertical"
        onFinish={(values) => comment.mutate({ id: requestId, text: values.text })}
      >
        <Form.Item
          label={words.comment}
          name="text"
          rules={[{ required: true, whitespace: true, message: t.common.required(words.comment) }]}
        >
          <Input.TextArea rows={2} maxLength={2000} placeholder={words.commentPlaceholder} />
        </Form.Item>
        <Button htmlType="submit" loading={comment.isPending}>
          {words.sendComment}
        </Button>
      </Form>
    </Flex>
  );
}
