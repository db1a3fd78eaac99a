import { App, Flex, Form, Input, Modal } from "antd";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { REVIEW_DECISION_LABELS, type TReviewDecision } from "@govshare/validators";
import { fieldErrorsFor } from "../errors/server-error.ts";
import { ServerErrorAlert } from "../errors/ServerErrorAlert.tsx";
import { useT } from "../i18n/locale-context.ts";
import { trpc } from "../trpc.ts";
import { useLabelText } from "./use-label-text.ts";

const FORM_FIELDS = ["comment"] as const;

interface ReviewModalProps {
  resource: { id: string; name: string };
  decision: TReviewDecision;
  onClose: () => void;
}

/**
 * The information centre's decision on a submitted resource or revision: 通过 publishes it (the
 * comment is optional), 退回修改 sends it back to its officer and needs a comment saying what to change.
 * The server tells a new resource from a revision.
 */
export function ReviewModal({ resource, decision, onClose }: ReviewModalProps) {
  const t = useT();
  const label = useLabelText();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ comment?: string }>();
  const words = t.catalogue.review;

  const review = useMutation(
    trpc.resources.review.mutationOptions({
      onSuccess: async () => {
        void message.success(
          decision === "approve" ? words.approved(resource.name) : words.returned(resource.name),
        );
        onClose();
        // the resource, its history, the lists and the review queue all change
        await queryClient.invalidateQueries(trpc.resources.pathFilter());
      },
      onError: (error) => form.setFields(fieldErrorsFor(error, FORM_FIELDS)),
    }),
  );

  const decisionLabel = label(REVIEW_DECISION_LABELS[decision]);
  return (
    <Modal
      open
      title={words.title(decisionLabel, resource.name)}
      okText={decisionLabel}
      okButtonProps={{ danger: decision === "return" }}
      cancelText={t.common.cancel}
      confirmLoading={review.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Flex vertical gap="middle">
        <ServerErrorAlert error={review.error} failure={t.common.actionFailed} shownAtFields={FORM_FIELDS} />
        <Form<{ comment?: string }>
          form={form}
          name="resource-review"
          layout="vertical"
          onFinish={({ comment }) =>
            review.mutate({ id: resource.id, decision, comment: comment?.trim() ? comment : null })
          }
        >
          <Form.Item
            label={words.comment}
            name="comment"
            extra={decision === "return" ? words.commentRequiredHint : words.commentOptionalHint}
            rules={
              decision === "return"
                ? [{ required: true, whitespace: true, message: t.common.required(words.comment) }]
                : []
            }
          >
            <Input.TextArea rows={4} maxLength={1000} showCount />
          </Form.Item>
        </Form>
      </Flex>
    </Modal>
  );
}
