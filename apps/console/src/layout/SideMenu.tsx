import { Menu, type MenuProps } from "antd";
import { Link, useLocation } from "react-router";
import { usableBy } from "../auth/role-access.ts";
import { useSignedInUser } from "../auth/signed-in-user.ts";
import { useT } from "../i18n/locale-context.ts";
import { activePagePath, consolePages } from "../navigation.tsx";
import { menuSectionsOf } from "./menu-sections.ts";

type MenuItems = NonNullable<MenuProps["items"]>;

/**
 * The left menu: the pages the user's roles open, grouped under section headings (some twenty pages
 * in all); items are real links (open in a new tab works).
 */
export function SideMenu() {
  const t = useT();
  const { roles } = useSignedInUser();
  const { pathname } = useLocation();
  const active = activePagePath(pathname);
  const items = menuSectionsOf(usableBy(consolePages, roles)).flatMap(({ section, pages }): MenuItems => {
    const links: MenuItems = pages.map((page) => ({
      key: page.path,
      icon: page.icon,
      label: <Link to={page.path}>{t.nav[page.label]}</Link>,
    }));
    return section === "overview"
      ? links
      : [{ type: "group" as const, key: section, label: t.navSections[section], children: links }];
  });
  return (
    <nav aria-label={t.nav.label}>
      <Menu theme="dark" mode="inline" selectedKeys={active ? [active] : []} items={items} />
    </nav>
  );
}
