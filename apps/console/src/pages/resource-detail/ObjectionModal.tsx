import { App, Checkbox, Form, Input, Modal } from "antd";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { ZObjectionCreateInputSchema, type TResource } from "@govshare/validators";
import { fieldErrorsFor } from "../../errors/server-error.ts";
import { ServerErrorAlert } from "../../errors/ServerErrorAlert.tsx";
import { useT } from "../../i18n/locale-context.ts";
import { trpc } from "../../trpc.ts";

const FORM_FIELDS = ["items", "description"] as const;

/** 疑义/纠错: wrong data in a published resource goes back to its provider to verify. */
export function ObjectionModal({ resource, onClose }: { resource: TResource; onClose: () => void }) {
  const t = useT();
  const words = t.sharing.objections;
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ items?: string[]; description?: string }>();

  const create = useMutation(
    trpc.objections.create.mutationOptions({
      onSuccess: async () => {
        void message.success(words.filed);
        await queryClient.invalidateQueries(trpc.objections.pathFilter());
        onClose();
      },
      onError: (error) => form.setFields(fieldErrorsFor(error, FORM_FIELDS)),
    }),
  );

  const submit = (values: { items?: string[]; description?: string }) => {
    const checked = ZObjectionCreateInputSchema.safeParse({ resourceId: resource.id, ...values });
    if (!checked.success) {
      form.setFields(
        checked.error.issues
          .filter((issue) => FORM_FIELDS.some((field) => field === issue.path[0]))
          .map((issue) => ({ name: issue.path[0] as (typeof FORM_FIELDS)[number], errors: [issue.message] })),
      );
      return;
    }
    create.mutate(checked.data);
  };

  return (
    <Modal
      open
      title={words.fileTitle(resource.name)}
      okText={words.file}
      cancelText={t.common.cancel}
      confirmLoading={create.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <ServerErrorAlert error={create.error} failure={t.common.saveFailed} shownAtFields={FORM_FIELDS} />
      <Form form={form} name="objection" layout="vertical" onFinish={submit} initialValues={{ items: [] }}>
        <Form.Item label={words.items} name="items">
          <Checkbox.Group
            options={resource.dataItems.map((item) => ({ label: item.name, value: item.name }))}
          />
        </Form.Item>
        <Form.Item label={words.description} name="description" required>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
