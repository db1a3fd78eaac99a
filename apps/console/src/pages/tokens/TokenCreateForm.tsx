import { Button, Flex, Form, Input, Select } from "antd";
import { PlusOutlined } from "@ant-design/icons";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { API_TOKEN_LIFETIMES_DAYS } from "@govshare/validators";
import { fieldErrorsFor } from "../../errors/server-error.ts";
import { ServerErrorAlert } from "../../errors/ServerErrorAlert.tsx";
import { useT } from "../../i18n/locale-context.ts";
import { trpc } from "../../trpc.ts";

const FORM_FIELDS = ["name", "expiresInDays"] as const;

/** 90 days unless the person chooses otherwise: a forgotten token stops working by itself. */
const DEFAULT_LIFETIME_DAYS = 90;

/** The choice "until revoked" (the API's null: a select's option wants a value of its own). */
const UNTIL_REVOKED = 0;

interface TokenFormValues {
  name: string;
  expiresInDays: number;
}

export interface CreatedToken {
  name: string;
  secret: string;
}

/** Names and creates a token; the secret goes to `onCreated`, the only place it will ever be shown. */
export function TokenCreateForm({ onCreated }: { onCreated: (created: CreatedToken) => void }) {
  const t = useT();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<TokenFormValues>();

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
      <Form<TokenFormValues>
        form={form}
        name="token-create"
        layout="inline"
        initialValues={{ expiresInDays: DEFAULT_LIFETIME_DAYS }}
        onFinish={({ name, expiresInDays }) =>
          create.mutate({ name, expiresInDays: expiresInDays === UNTIL_REVOKED ? null : expiresInDays })
        }
      >
        <Form.Item
          label={t.tokens.nameLabel}
          name="name"
          rules={[{ required: true, whitespace: true, message: t.tokens.nameRequired }]}
        >
          <Input placeholder={t.tokens.namePlaceholder} maxLength={100} style={{ width: 280 }} />
        </Form.Item>
        <Form.Item label={t.tokens.lifetimeLabel} name="expiresInDays">
          <Select
            style={{ width: 160 }}
            options={[
              ...API_TOKEN_LIFETIMES_DAYS.map((days) => ({
                value: days,
                label: t.tokens.lifetimeDays(days),
              })),
              { value: UNTIL_REVOKED, label: t.tokens.lifetimeNone },
            ]}
          />
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
