import { Button, Flex, Form, Input } from "antd";
import { PlusOutlined } from "@ant-design/icons";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { fieldErrorsFor } from "../../errors/server-error.ts";
import { ServerErrorAlert } from "../../errors/ServerErrorAlert.tsx";
import { useT } from "../../i18n/locale-context.ts";
import { trpc } from "../../trpc.ts";

const FORM_FIELDS = ["name"] as const;

export interface CreatedToken {
  name: string;
  secret: string;
}

/** Names and creates a token; the secret goes to `onCreated`, the only place it will ever be shown. */
export function TokenCreateForm({ onCreated }: { onCreated: (created: CreatedToken) => void }) {
  const t = useT();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ name: string }>();

  const create = useMutation(
    trpc.tokens.create.mutationOptions({
      onSuccess: async ({ token, secret }) => {
        form.resetFields();
        onCreated({ name: token.name, secret });
        await queryClient.invalidateQueries(trpc.tokens.list.pathFilter());
      },
      onError: (error) => form.setFields(fieldErrorsFor(error, FORM_FIELDS)),
    }),
  );

  return (
    <Flex vertical gap="small">
      <ServerErrorAlert error={create.error} failure={t.common.saveFailed} shownAtFields={FORM_FIELDS} />
      <Form<{ name: string }>
        form={form}
        name="token-create"
        layout="inline"
        onFinish={(values) => create.mutate(values)}
      >
        <Form.Item
          label={t.tokens.nameLabel}
          name="name"
          rules={[{ required: true, whitespace: true, message: t.tokens.nameRequired }]}
        >
          <Input placeholder={t.tokens.namePlaceholder} maxLength={100} style={{ width: 280 }} />
        </Form.Item>
        <Form.Item>
          <Button
            type="primary"
            htmlType="submit"
            icon={<PlusOutlined aria-hidden />}
            loading={create.isPending}
          >
            {t.tokens.create}
          </Button>
        </Form.Item>
      </Form>
    </Flex>
  );
}
