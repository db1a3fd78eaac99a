import { App, Form, Input, Modal, Select } from "antd";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import dayjs from "dayjs";
import { NOTICE_SUBJECT_TYPES, type TNoticeCreateInput } from "@govshare/validators";
import { DepartmentSelect } from "../departments/DepartmentSelect.tsx";
import { ServerErrorAlert } from "../errors/ServerErrorAlert.tsx";
import { useT } from "../i18n/locale-context.ts";
import { DateField } from "../pages/resource-form/DateField.tsx";
import { trpc } from "../trpc.ts";

/** What the form starts with: a board item's department and subject, or nothing. */
export type NoticeDraft = Partial<
  Pick<TNoticeCreateInput, "departmentId" | "subjectType" | "subjectId" | "subjectLabel">
>;

/** Days given to reply unless the supervisor picks another day (a default, not a rule). */
const DEFAULT_REPLY_DAYS = 5;

/** 督办: the supervisor's notice to a department, prefilled from the board when sent from it. */
export function NoticeFormModal({ draft, onClose }: { draft: NoticeDraft; onClose: () => void }) {
  const t = useT();
  const words = t.supervision.notices;
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<TNoticeCreateInput>();
  const create = useMutation(
    trpc.notices.create.mutationOptions({
      onSuccess: async () => {
        void message.success(words.sent);
        await queryClient.invalidateQueries(trpc.notices.pathFilter());
        await queryClient.invalidateQueries(trpc.supervision.pathFilter());
        onClose();
      },
    }),
  );
  return (
    <Modal
      open
      title={words.createTitle}
      okText={words.create}
      cancelText={t.common.cancel}
      confirmLoading={create.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <ServerErrorAlert error={create.error} failure={t.common.saveFailed} />
      <Form
        form={form}
        name="notice-create"
        layout="vertical"
        initialValues={{
          subjectType: "general",
          replyDueDate: dayjs().add(DEFAULT_REPLY_DAYS, "day").format("YYYY-MM-DD"),
          ...draft,
        }}
        onFinish={(values) => create.mutate({ ...values, subjectId: draft.subjectId ?? null })}
      >
        <Form.Item
          label={words.department}
          name="departmentId"
          rules={[{ required: true, message: t.common.required(words.department) }]}
        >
          <DepartmentSelect />
        </Form.Item>
        <Form.Item label={words.subjectType} name="subjectType">
          <Select
            options={NOTICE_SUBJECT_TYPES.map((type) => ({ value: type, label: words.subjectTypes[type] }))}
          />
        </Form.Item>
        <Form.Item
          label={words.subjectLabel}
          name="subjectLabel"
          rules={[{ required: true, whitespace: true, message: t.common.required(words.subjectLabel) }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          label={words.text}
          name="text"
          rules={[{ required: true, whitespace: true, message: t.common.required(words.text) }]}
        >
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
        <DateField
          label={words.replyDueDate}
          name="replyDueDate"
          rules={[{ required: true, message: t.common.required(words.replyDueDate) }]}
        />
      </Form>
    </Modal>
  );
}
