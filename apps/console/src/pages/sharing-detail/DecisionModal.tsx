import { useState } from "react";
import { App, Checkbox, Form, Input, Modal } from "antd";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { TSharingRequest } from "@govshare/validators";
import { ServerErrorAlert } from "../../errors/ServerErrorAlert.tsx";
import { useT } from "../../i18n/locale-context.ts";
import { trpc } from "../../trpc.ts";

interface DecisionModalProps {
  request: TSharingRequest;
  decision: "approve" | "reject";
  /** the decider sets the granted items (the provider's step, the centre's coordination) */
  narrowItems: boolean;
  onClose: () => void;
}

/**
 * Approve (optionally only some items) or reject with a required reason. One idempotency key per
 * opened dialog: a retried click or a resent request does not decide twice.
 */
export function DecisionModal({ request, decision, narrowItems, onClose }: DecisionModalProps) {
  const t = useT();
  const words = t.sharing.decide;
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [form] = Form.useForm<{ items?: string[]; reason?: string }>();

  const decide = useMutation(
    trpc.sharing.decide.mutationOptions({
      onSuccess: async () => {
        void message.success(words.decided);
        await queryClient.invalidateQueries(trpc.sharing.pathFilter());
        await queryClient.invalidateQueries(trpc.grants.pathFilter());
        await queryClient.invalidateQueries(trpc.notifications.pathFilter());
        onClose();
      },
    }),
  );

  const submit = (values: { items?: string[]; reason?: string }) =>
    decide.mutate({
      id: request.id,
      decision,
      idempotencyKey,
      ...(decision === "approve" && narrowItems ? { items: values.items } : {}),
      ...(values.reason?.trim() ? { reason: values.reason.trim() } : {}),
    });

  return (
    <Modal
      open
      title={decision === "approve" ? words.approveTitle : words.rejectTitle}
      okText={words.confirm}
      okButtonProps={{ danger: decision === "reject" }}
      cancelText={t.common.cancel}
      confirmLoading={decide.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <ServerErrorAlert error={decide.error} failure={t.common.actionFailed} />
      <Form
        form={form}
        name="sharing-decision"
        layout="vertical"
        onFinish={submit}
        initialValues={{ items: request.requestedItems }}
      >
        {decision === "approve" && narrowItems && (
          <Form.Item
            label={words.items}
            name="items"
            extra={words.itemsHint}
            rules={[{ required: true, type: "array", min: 1, message: words.itemsRequired }]}
          >
            <Checkbox.Group options={request.requestedItems.map((item) => ({ label: item, value: item }))} />
          </Form.Item>
        )}
        <Form.Item
          label={words.reason}
          name="reason"
          rules={
            decision === "reject" ? [{ required: true, whitespace: true, message: words.reasonRequired }] : []
          }
        >
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
