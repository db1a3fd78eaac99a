import { Menu } from "antd";
import { Link, useLocation } from "react-router";
import { usableBy } from "../auth/role-access.ts";
import { useSignedInUser } from "../auth/signed-in-user.ts";
import { useT } from "../i18n/locale-context.ts";
import { activePagePath, consolePages } from "../navigation.tsx";

/** The left menu: the pages the user's roles open; items are real links (open in a new tab works). */
export function SideMenu() {
  const t = useT();
  const { roles } = useSignedInUser();
  const { pathname } = useLocation();
  const active = activePagePath(pathname);
  return (
    <nav aria-label={t.nav.label}>
      <Menu
        theme="dark"
        mode="inline"
        selectedKeys={active ? [active] : []}
        items={usableBy(consolePages, roles).map((page) => ({
          key: page.path,
          icon: page.icon,
          label: <Link to={page.path}>{t.nav[page.label]}</Link>,
        }))}
      />
    </nav>
  );
}
