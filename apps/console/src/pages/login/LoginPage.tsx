import { Button, Card, Flex, Form, Input, Typography, theme } from "antd";
import { LockOutlined, UserOutlined } from "@ant-design/icons";
import { hashKey, useMutation, useQueryClient } from "@tanstack/react-query";
import type { TLoginInput } from "@govshare/validators";
import { Navigate, useSearchParams } from "react-router";
import { safeNextPath } from "../../auth/next-path.ts";
import { useMe } from "../../auth/use-me.ts";
import { ServerErrorAlert } from "../../errors/ServerErrorAlert.tsx";
import { useT } from "../../i18n/locale-context.ts";
import { LanguageSwitch } from "../../layout/LanguageSwitch.tsx";
import { trpc } from "../../trpc.ts";

/**
 * 登录 Sign in, outside the app frame. On success auth.me holds the new user, and the page that sent
 * the visitor here (?next=, checked to stay on this console) opens. A signed-in user who comes here
 * goes straight on.
 */
export function LoginPage() {
  const t = useT();
  const { token } = theme.useToken();
  const [searchParams] = useSearchParams();
  const next = safeNextPath(searchParams.get("next"));
  const me = useMe();
  const queryClient = useQueryClient();

  const login = useMutation(
    trpc.auth.login.mutationOptions({
      onSuccess: (user) => {
        const meKey = trpc.auth.me.queryKey();
        // answers cached for whoever was signed in before (a session that expired) are not this user's
        queryClient.removeQueries({ predicate: (query) => query.queryHash !== hashKey(meKey) });
        queryClient.setQueryData(meKey, user);
      },
    }),
  );

  if (me.data) return <Navigate to={next} replace />;

  return (
    <Flex vertical align="center" justify="center" gap="large" style={{ minHeight: "100vh", padding: 24 }}>
      <Card style={{ width: 380, maxWidth: "100%" }}>
        <Flex vertical gap="middle">
          <Flex justify="flex-end">
            <LanguageSwitch />
          </Flex>
          <div>
            <Typography.Title level={3} style={{ marginBottom: 4 }}>
              {t.auth.signInTitle}
            </Typography.Title>
            <Typography.Text type="secondary">{t.app.productName}</Typography.Text>
          </div>
          <ServerErrorAlert error={login.error} failure={t.auth.signInFailed} />
          <Form<TLoginInput>
            name="login"
            layout="vertical"
            requiredMark={false}
            disabled={login.isPending}
            onFinish={(credentials) => login.mutate(credentials)}
          >
            <Form.Item
              label={t.auth.username}
              name="username"
              rules={[{ required: true, whitespace: true, message: t.auth.usernameRequired }]}
            >
              <Input
                prefix={<UserOutlined style={{ color: token.colorTextTertiary }} />}
                autoComplete="username"
                autoFocus
              />
            </Form.Item>
            <Form.Item
              label={t.auth.password}
              name="password"
              rules={[{ required: true, message: t.auth.passwordRequired }]}
            >
              <Input.Password
                prefix={<LockOutlined style={{ color: token.colorTextTertiary }} />}
                autoComplete="current-password"
              />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={login.isPending}>
              {t.auth.signIn}
            </Button>
          </Form>
        </Flex>
      </Card>
      <Typography.Text type="secondary">govshare</Typography.Text>
    </Flex>
  );
}
