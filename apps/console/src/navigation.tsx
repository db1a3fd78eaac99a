import { lazy, type ComponentType, type LazyExoticComponent, type ReactNode } from "react";
import {
  ApartmentOutlined,
  AuditOutlined,
  DatabaseOutlined,
  FileDoneOutlined,
  HomeOutlined,
  ImportOutlined,
  KeyOutlined,
  StopOutlined,
  TeamOutlined,
} from "@ant-design/icons";
import type { RoleRestricted } from "./auth/role-access.ts";
import {
  AUDIT_READERS,
  CATALOGUE_EDITORS,
  CATALOGUE_REVIEWERS,
  IDENTITY_MANAGERS,
} from "./auth/role-groups.ts";
import type { Messages } from "./i18n/messages.ts";

/** A route of the console, with the roles it is for. */
export interface ConsoleRoute extends RoleRestricted {
  /** the route pattern (react-router), e.g. /resources/:id */
  path: string;
  /** loaded on first visit, so that one page's libraries do not weigh on the others */
  component: LazyExoticComponent<ComponentType>;
}

export interface ConsolePage extends ConsoleRoute {
  /** the route, and the menu item's key */
  path: string;
  /** its label in the left menu */
  label: keyof Messages["nav"];
  icon: ReactNode;
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
    path: "/resources",
    label: "catalogue",
    icon: <DatabaseOutlined />,
    component: lazy(() =>
      import("./pages/catalogue/CataloguePage.tsx").then((module) => ({ default: module.CataloguePage })),
    ),
  },
  {
    path: "/resources/review",
    label: "catalogueReview",
    icon: <FileDoneOutlined />,
    roles: CATALOGUE_REVIEWERS,
    component: lazy(() =>
      import("./pages/review-queue/ReviewQueuePage.tsx").then((module) => ({
        default: module.ReviewQueuePage,
      })),
    ),
  },
  {
    path: "/resources/import",
    label: "catalogueImport",
    icon: <ImportOutlined />,
    roles: CATALOGUE_EDITORS,
    component: lazy(() =>
      import("./pages/catalogue-import/CatalogueImportPage.tsx").then((module) => ({
        default: module.CatalogueImportPage,
      })),
    ),
  },
  {
    path: "/resources/not-shared",
    label: "notShared",
    icon: <StopOutlined />,
    component: lazy(() =>
      import("./pages/not-shared/NotSharedPage.tsx").then((module) => ({ default: module.NotSharedPage })),
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

/**
 * Pages reached from another page rather than from the menu: a resource, its form. The menu item of
 * the page above them stays active (activePagePath). Static segments (/resources/new) win over
 * parameters (/resources/:id) in react-router's ranking, whatever the order here.
 */
export const innerRoutes: readonly ConsoleRoute[] = [
  {
    path: "/resources/new",
    roles: CATALOGUE_EDITORS,
    component: lazy(() =>
      import("./pages/resource-form/ResourceCreatePage.tsx").then((module) => ({
        default: module.ResourceCreatePage,
      })),
    ),
  },
  {
    path: "/resources/:id",
    component: lazy(() =>
      import("./pages/resource-detail/ResourceDetailPage.tsx").then((module) => ({
        default: module.ResourceDetailPage,
      })),
    ),
  },
  {
    path: "/resources/:id/edit",
    roles: CATALOGUE_EDITORS,
    component: lazy(() =>
      import("./pages/resource-form/ResourceEditPage.tsx").then((module) => ({
        default: module.ResourceEditPage,
      })),
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
