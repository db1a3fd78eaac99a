import { App, Button, Drawer, Flex, Form, Input } from "antd";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { TUserCreateInput } from "@govshare/validators";
import { fieldErrorsFor } from "../../errors/server-error.ts";
import { ServerErrorAlert } from "../../errors/ServerErrorAlert.tsx";
import { useT } from "../../i18n/locale-context.ts";
import { trpc } from "../../trpc.ts";
import { DepartmentField, DisplayNameField, NewPasswordField, RolesField } from "./user-form-fields.tsx";

const FORM_FIELDS = ["username", "displayName", "departmentId", "roles", "password"] as const;

/** 新建用户 New user. Mounted while open, so that every new user starts from an empty form. */
export function UserCreateDrawer({ onClose }: { onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<TUserCreateInput>();

  const create = useMutation(
    trpc.users.create.mutationOptions({
      onSuccess: async (user) => {
        void message.success(t.users.created(user.username));
        onClose();
        await queryClient.invalidateQueries(trpc.users.list.pathFilter());
      },
      onError: (error) => form.setFields(fieldErrorsFor(error, FORM_FIELDS)),
    }),
  );

  return (
    <Drawer
      open
      title={t.users.createTitle}
      size={480}
      onClose={onClose}
      footer={
        <Flex justify="flex-end" gap="small">
          <Button onClick={onClose}>{t.common.cancel}</Button>
          <Button type="primary" loading={create.isPending} onClick={() => form.submit()}>
            {t.common.create}
          </Button>
        </Flex>
      }
    >
      <Flex vertical gap="middle">
        <ServerErrorAlert error={create.error} failure={t.common.saveFailed} shownAtFields={FORM_FIELDS} />
        <Form<TUserCreateInput>
          form={form}
          name="user-create"
          layout="vertical"
          initialValues={{ roles: ["officer"] }}
          onFinish={(values) => create.mutate(values)}
        >
          <Form.Item
            label={t.users.form.username}
            name="username"
            extra={t.users.form.usernameHint}
            rules={[{ required: true, whitespace: true, message: t.common.required(t.users.form.username) }]}
          >
            <Input maxLength={64} autoComplete="off" />
          </Form.Item>
          <DisplayNameField />
          <DepartmentField />
          <RolesField />
          <NewPasswordField label={t.users.form.initialPassword} />
        </Form>
      </Flex>
    </Drawer>
  );
}
