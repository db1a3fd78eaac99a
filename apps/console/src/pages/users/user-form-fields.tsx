import { Checkbox, Form, Input, type FormRule } from "antd";
import { PASSWORD_MIN_LENGTH, ROLES, type TRole } from "@govshare/validators";
import { DepartmentSelect } from "../../departments/DepartmentSelect.tsx";
import { useT } from "../../i18n/locale-context.ts";

/**
 * The fields that creating and editing a user share. Names are those of users.create/users.update, so
 * that the server's field errors land on them. The checks here only spare a round trip for the obvious;
 * the server's schema (@govshare/validators) decides.
 */

export function DisplayNameField() {
  const t = useT();
  return (
    <Form.Item
      label={t.users.form.displayName}
      name="displayName"
      rules={[{ required: true, whitespace: true, message: t.common.required(t.users.form.displayName) }]}
    >
      <Input maxLength={100} autoComplete="off" />
    </Form.Item>
  );
}

export function DepartmentField() {
  const t = useT();
  return (
    <Form.Item
      label={t.users.form.department}
      name="departmentId"
      rules={[{ required: true, message: t.common.required(t.users.form.department) }]}
    >
      <DepartmentSelect />
    </Form.Item>
  );
}

export function RolesField() {
  const t = useT();
  return (
    <Form.Item
      label={t.users.form.roles}
      name="roles"
      rules={[{ required: true, type: "array", min: 1, message: t.users.form.rolesRequired }]}
    >
      <Checkbox.Group<TRole> options={ROLES.map((role) => ({ value: role, label: t.roles[role] }))} />
    </Form.Item>
  );
}

/** A password someone sets for someone else: the initial one, or a reset. */
export function NewPasswordField({ label }: { label: string }) {
  const t = useT();
  const rules: FormRule[] = [
    { required: true, message: t.common.required(label) },
    { min: PASSWORD_MIN_LENGTH, message: t.users.form.passwordTooShort(PASSWORD_MIN_LENGTH) },
  ];
  return (
    <Form.Item
      label={label}
      name="password"
      extra={t.users.form.passwordHint(PASSWORD_MIN_LENGTH)}
      rules={rules}
    >
      {/* new-password: the browser must not fill in the administrator's own saved password */}
      <Input.Password autoComplete="new-password" />
    </Form.Item>
  );
}
