import { App, Flex, Form, Modal } from "antd";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { TRole, TUser } from "@govshare/validators";
import { fieldErrorsFor } from "../../errors/server-error.ts";
import { ServerErrorAlert } from "../../errors/ServerErrorAlert.tsx";
import { useT } from "../../i18n/locale-context.ts";
import { trpc } from "../../trpc.ts";
import { DepartmentField, DisplayNameField, RolesField } from "./user-form-fields.tsx";

interface UserEditValues {
  displayName: string;
  departmentId: string;
  roles: TRole[];
}

const FORM_FIELDS = ["displayName", "departmentId", "roles"] as const;

/**
 * 编辑 Edit a user's name, department and roles. Who may change what (the admin role, administrator
 * accounts) is the server's call; its refusal is shown as it words it.
 */
export function UserEditModal({ user, onClose }: { user: TUser; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<UserEditValues>();

  const update = useMutation(
    trpc.users.update.mutationOptions({
      onSuccess: async (updated) => {
        void message.success(t.users.saved(updated.username));
        onClose();
        await queryClient.invalidateQueries(trpc.users.list.pathFilter());
      },
      onError: (error) => form.setFields(fieldErrorsFor(error, FORM_FIELDS)),
    }),
  );

  return (
    <Modal
      open
      title={t.users.editTitle(user.username)}
      okText={t.common.save}
      cancelText={t.common.cancel}
      confirmLoading={update.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Flex vertical gap="middle">
        <ServerErrorAlert error={update.error} failure={t.common.saveFailed} shownAtFields={FORM_FIELDS} />
        <Form<UserEditValues>
          form={form}
          name="user-edit"
          layout="vertical"
          initialValues={{
            displayName: user.displayName,
            departmentId: user.department.id,
            roles: user.roles,
          }}
          onFinish={(values) => update.mutate({ id: user.id, ...values })}
        >
          <DisplayNameField />
          <DepartmentField />
          <RolesField />
        </Form>
      </Flex>
    </Modal>
  );
}
