import { lazy, type ComponentType, type LazyExoticComponent, type ReactNode } from "react";
import { ApartmentOutlined, AuditOutlined, HomeOutlined, KeyOutlined, TeamOutlined } from "@ant-design/icons";
import type { RoleRestricted } from "./auth/role-access.ts";
import { AUDIT_READERS, IDENTITY_MANAGERS } from "./auth/role-groups.ts";
import type { Messages } from "./i18n/messages.ts";

export interface ConsolePage extends RoleRestricted {
  /** the route, and the menu item's key */
  path: string;
  /** its label in the left menu */
  label: keyof Messages["nav"];
  icon: ReactNode;
  /** loaded on first visit, so that one page's libraries do not weigh on the others */
  component: LazyExoticComponent<ComponentType>;
}

/**
 * The pages of the left menu, in menu order; the router is built from the same list. A new page
 * (catalogue, sharing, targets, supervision…) is one entry here plus its label in the dictionary.
 * `roles` mirrors the guards of the procedures the page calls (auth/role-groups.ts), so that nobody is
 * shown a page whose every request would be refused.
 */
export const consolePages: readonly ConsolePage[] = [
  {
    path: "/",
    label: "home",
    icon: <HomeOutlined />,
    component: lazy(() =>
      import("./pages/home/HomePage.tsx").then((module) => ({ default: module.HomePage })),
    ),
  },
  {
    path: "/departments",
    label: "departments",
    icon: <ApartmentOutlined />,
    component: lazy(() =>
      import("./pages/departments/DepartmentsPage.tsx").then((module) => ({
        default: module.DepartmentsPage,
      })),
    ),
  },
  {
    path: "/users",
    label: "users",
    icon: <TeamOutlined />,
    roles: IDENTITY_MANAGERS,
    component: lazy(() =>
      import("./pages/users/UsersPage.tsx").then((module) => ({ default: module.UsersPage })),
    ),
  },
  {
    path: "/audit",
    label: "audit",
    icon: <AuditOutlined />,
    roles: AUDIT_READERS,
    component: lazy(() =>
      import("./pages/audit/AuditPage.tsx").then((module) => ({ default: module.AuditPage })),
    ),
  },
  {
    path: "/tokens",
    label: "tokens",
    icon: <KeyOutlined />,
    component: lazy(() =>
      import("./pages/tokens/TokensPage.tsx").then((module) => ({ default: module.TokensPage })),
    ),
  },
];

/** The page whose menu item is active: its own path or one below it (/departments/42 too). */
export function activePagePath(pathname: string): string | undefined {
  const matches = consolePages
    .map((page) => page.path)
    .filter((path) => pathname === path || (path !== "/" && pathname.startsWith(`${path}/`)));
  return matches.sort((a, b) => b.length - a.length)[0];
}
