import { Alert, App, Flex, Form, Modal } from "antd";
import { useMutation } from "@tanstack/react-query";
import type { TUser } from "@govshare/validators";
import { fieldErrorsFor } from "../../errors/server-error.ts";
import { ServerErrorAlert } from "../../errors/ServerErrorAlert.tsx";
import { useT } from "../../i18n/locale-context.ts";
import { trpc } from "../../trpc.ts";
import { NewPasswordField } from "./user-form-fields.tsx";

const FORM_FIELDS = ["password"] as const;

/** 重置密码 Reset password: the server ends all of the user's sessions with it. */
export function PasswordResetModal({ user, onClose }: { user: TUser; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ password: string }>();

  const reset = useMutation(
    trpc.users.update.mutationOptions({
      onSuccess: () => {
        void message.success(t.users.passwordResetDone(user.username));
        onClose();
      },
      onError: (error) => form.setFields(fieldErrorsFor(error, FORM_FIELDS)),
    }),
  );

  return (
    <Modal
      open
      title={t.users.resetPasswordTitle(user.username)}
      okText={t.users.resetPassword}
      okButtonProps={{ danger: true }}
      cancelText={t.common.cancel}
      confirmLoading={reset.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Flex vertical gap="middle">
        <Alert type="warning" showIcon title={t.users.resetPasswordNote} />
        <ServerErrorAlert error={reset.error} failure={t.common.saveFailed} shownAtFields={FORM_FIELDS} />
        <Form<{ password: string }>
          form={form}
          name="user-password-reset"
          layout="vertical"
          onFinish={({ password }) => reset.mutate({ id: user.id, password })}
        >
          <NewPasswordField label={t.users.form.newPassword} />
        </Form>
      </Flex>
    </Modal>
  );
}
