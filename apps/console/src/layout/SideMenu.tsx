import { Menu } from "antd";
import { Link, useLocation } from "react-router";
import { useT } from "../i18n/locale-context.ts";
import { activePagePath, consolePages } from "../navigation.tsx";

/** The left menu, built from the page list; items are real links (open in a new tab works). */
export function SideMenu() {
  const t = useT();
  const { pathname } = useLocation();
  const active = activePagePath(pathname);
  return (
    <nav aria-label={t.nav.label}>
      <Menu
        theme="dark"
        mode="inline"
        selectedKeys={active ? [active] : []}
        items={consolePages.map((page) => ({
          key: page.path,
          icon: page.icon,
          label: <Link to={page.path}>{t.nav[page.label]}</Link>,
        }))}
      />
    </nav>
  );
}
