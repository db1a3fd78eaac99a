import { App, Checkbox, Form, Input, Modal, Select } from "antd";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "react-router";
import {
  SHARING_METHOD_LABELS,
  ZSharingCreateInputSchema,
  type TResource,
  type TSharingMethod,
} from "@govshare/validators";
import { useLabelText } from "../../catalogue/use-label-text.ts";
import { fieldErrorsFor } from "../../errors/server-error.ts";
import { ServerErrorAlert } from "../../errors/ServerErrorAlert.tsx";
import { useT } from "../../i18n/locale-context.ts";
import { sharingRequestPath } from "../../sharing/sharing-paths.ts";
import { trpc } from "../../trpc.ts";
import { DateField } from "../resource-form/DateField.tsx";

const FORM_FIELDS = ["purpose", "basis", "items", "method", "useUntil"] as const;
type FormField = (typeof FORM_FIELDS)[number];

interface SharingRequestValues {
  purpose?: string;
  basis?: string;
  items?: string[];
  method?: TSharingMethod;
  useUntil?: string | null;
}

/**
 * 申请共享: purpose, basis, the data items needed and the method. Checked with the API's own schema
 * before sending, each problem under its field. An unconditional resource is granted at once.
 */
export function SharingRequestModal({ resource, onClose }: { resource: TResource; onClose: () => void }) {
  const t = useT();
  const words = t.sharing.request;
  const label = useLabelText();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<SharingRequestValues>();

  const create = useMutation(
    trpc.sharing.create.mutationOptions({
      onSuccess: async (created) => {
        void message.success(
          created.state === "granted" ? words.grantedAtOnce(resource.name) : words.submitted(resource.name),
        );
        await queryClient.invalidateQueries(trpc.sharing.pathFilter());
        await queryClient.invalidateQueries(trpc.grants.pathFilter());
        onClose();
        void navigate(sharingRequestPath(created.id));
      },
      onError: (error) => form.setFields(fieldErrorsFor(error, FORM_FIELDS)),
    }),
  );

  const submit = (values: SharingRequestValues) => {
    const checked = ZSharingCreateInputSchema.safeParse({ resourceId: resource.id, ...values });
    if (!checked.success) {
      const byField = new Map<FormField, string[]>();
      for (const issue of checked.error.issues) {
        const field = FORM_FIELDS.find((name) => name === issue.path[0]);
        if (field) byField.set(field, [...(byField.get(field) ?? []), issue.message]);
      }
      form.setFields([...byField].map(([name, errors]) => ({ name, errors })));
      return;
    }
    create.mutate(checked.data);
  };

  const methods = resource.sharingMethods;
  return (
    <Modal
      open
      title={words.title(resource.name)}
      okText={words.submit}
      cancelText={t.common.cancel}
      confirmLoading={create.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      width={640}
    >
      <ServerErrorAlert error={create.error} failure={t.common.saveFailed} shownAtFields={FORM_FIELDS} />
      <Form<SharingRequestValues>
        form={form}
        name="sharing-request"
        layout="vertical"
        onFinish={submit}
        initialValues={{ method: methods[0], items: [] }}
      >
        <Form.Item label={words.purpose} name="purpose" required>
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
        <Form.Item label={words.basis} name="basis" extra={words.basisHint} required>
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
        <Form.Item label={words.items} name="items" required>
          <Checkbox.Group
            options={resource.dataItems.map((item) => ({ label: item.name, value: item.name }))}
          />
        </Form.Item>
        <Form.Item
          label={words.method}
          name="method"
          required
          extra={methods.length === 0 ? words.noMethods : undefined}
        >
          <Select
            options={methods.map((method) => ({
              value: method,
              label: label(SHARING_METHOD_LABELS[method]),
            }))}
          />
        </Form.Item>
        <DateField label={words.useUntil} name="useUntil" />
      </Form>
    </Modal>
  );
}
