import { Suspense } from "react";
import { Flex, Layout, Spin, Typography, theme } from "antd";
import { Outlet } from "react-router";
import { useT } from "../i18n/locale-context.ts";
import { LanguageSwitch } from "./LanguageSwitch.tsx";
import { NotificationBell } from "./NotificationBell.tsx";
import { SideMenu } from "./SideMenu.tsx";
import { UserMenu } from "./UserMenu.tsx";

/**
 * The frame around every signed-in page: menu on the left; product name, language switch and the
 * signed-in user on top.
 */
export function AppLayout() {
  const t = useT();
  const { token } = theme.useToken();
  return (
    <Layout style={{ minHeight: "100vh" }}>
      <Layout.Sider breakpoint="lg" collapsedWidth={0} width={208}>
        <Typography.Text
          strong
          style={{ display: "block", color: token.colorTextLightSolid, padding: "20px 24px", fontSize: 18 }}
        >
          govshare
        </Typography.Text>
        <SideMenu />
      </Layout.Sider>
      <Layout>
        <Layout.Header style={{ background: token.colorBgContainer, paddingInline: 24 }}>
          <Flex justify="space-between" align="center" style={{ height: "100%" }}>
            <Typography.Title level={4} style={{ margin: 0 }}>
              {t.app.productName}{" "}
              <Typography.Text type="secondary" style={{ fontSize: 16 }}>
                govshare
              </Typography.Text>
            </Typography.Title>
            <Flex align="center" gap="large">
              <LanguageSwitch />
              <NotificationBell />
              <UserMenu />
            </Flex>
          </Flex>
        </Layout.Header>
        <Layout.Content style={{ margin: 24 }}>
          {/* only the page waits for its chunk; the menu and header stay */}
          <Suspense fallback={<Spin size="large" style={{ display: "block", margin: "96px auto" }} />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
