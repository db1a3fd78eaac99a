import { Button, Flex, Typography } from "antd";
import { LogoutOutlined, UserOutlined } from "@ant-design/icons";
import { useSignedInUser } from "../auth/signed-in-user.ts";
import { useSignOut } from "../auth/use-sign-out.ts";
import { useT } from "../i18n/locale-context.ts";

/** Who is signed in (name and department, as the server knows them) and the way out. */
export function UserMenu() {
  const t = useT();
  const user = useSignedInUser();
  const { signOut, signingOut } = useSignOut();
  return (
    <Flex role="group" aria-label={t.auth.currentUser} align="center" gap="small">
      <UserOutlined aria-hidden />
      <Typography.Text strong>{user.displayName}</Typography.Text>
      <Typography.Text type="secondary">{user.department.name}</Typography.Text>
      {/* icons beside a label are decoration: unhidden, their English names ("logout") join the label */}
      <Button icon={<LogoutOutlined aria-hidden />} loading={signingOut} onClick={signOut}>
        {t.auth.signOut}
      </Button>
    </Flex>
  );
}
