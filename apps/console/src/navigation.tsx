import { lazy, type ComponentType, type LazyExoticComponent, type ReactNode } from "react";
import {
  AlertOutlined,
  NotificationOutlined,
  ScheduleOutlined,
  ApartmentOutlined,
  AimOutlined,
  CalendarOutlined,
  ExclamationCircleOutlined,
  InboxOutlined,
  SafetyCertificateOutlined,
  SendOutlined,
  AuditOutlined,
  DatabaseOutlined,
  FileDoneOutlined,
  HomeOutlined,
  ImportOutlined,
  KeyOutlined,
  StopOutlined,
  TeamOutlined,
  TrophyOutlined,
} from "@ant-design/icons";
import type { RoleRestricted } from "./auth/role-access.ts";
import {
  AUDIT_READERS,
  CATALOGUE_EDITORS,
  CATALOGUE_REVIEWERS,
  CALENDAR_EDITORS,
  IDENTITY_MANAGERS,
  NOTICE_READERS,
  SUPERVISION_READERS,
  RANKINGS_READERS,
  SHARING_DECIDERS,
  SHARING_REQUESTERS,
} from "./auth/role-groups.ts";
import type { Messages } from "./i18n/messages.ts";

/** The left menu's groups, in order: the overview stands alone, without a heading. */
export type MenuSection = "overview" | "catalogue" | "sharing" | "supervision" | "system";

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
  /** the menu group it is shown under (pages of one section are listed together) */
  section: MenuSection;
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
    section: "overview",
    icon: <HomeOutlined />,
    component: lazy(() =>
      import("./pages/home/HomePage.tsx").then((module) => ({ default: module.HomePage })),
    ),
  },
  {
    path: "/resources",
    label: "catalogue",
    section: "catalogue",
    icon: <DatabaseOutlined />,
    component: lazy(() =>
      import("./pages/catalogue/CataloguePage.tsx").then((module) => ({ default: module.CataloguePage })),
    ),
  },
  {
    path: "/resources/review",
    label: "catalogueReview",
    section: "catalogue",
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
    section: "catalogue",
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
    section: "catalogue",
    icon: <StopOutlined />,
    component: lazy(() =>
      import("./pages/not-shared/NotSharedPage.tsx").then((module) => ({ default: module.NotSharedPage })),
    ),
  },
  {
    path: "/sharing/mine",
    label: "sharingMine",
    section: "sharing",
    icon: <SendOutlined />,
    roles: SHARING_REQUESTERS,
    component: lazy(() =>
      import("./pages/sharing/SharingRequestsPage.tsx").then((module) => ({
        default: module.MySharingRequestsPage,
      })),
    ),
  },
  {
    path: "/sharing/awaiting",
    label: "sharingAwaiting",
    section: "sharing",
    icon: <InboxOutlined />,
    roles: SHARING_DECIDERS,
    component: lazy(() =>
      import("./pages/sharing/SharingRequestsPage.tsx").then((module) => ({
        default: module.AwaitingSharingRequestsPage,
      })),
    ),
  },
  {
    path: "/grants",
    label: "grants",
    section: "sharing",
    icon: <SafetyCertificateOutlined />,
    component: lazy(() =>
      import("./pages/grants/GrantsPage.tsx").then((module) => ({ default: module.GrantsPage })),
    ),
  },
  {
    path: "/objections",
    label: "objections",
    section: "sharing",
    icon: <ExclamationCircleOutlined />,
    component: lazy(() =>
      import("./pages/objections/ObjectionsPage.tsx").then((module) => ({ default: module.ObjectionsPage })),
    ),
  },
  {
    path: "/targets",
    label: "targets",
    section: "supervision",
    icon: <AimOutlined />,
    component: lazy(() =>
      import("./pages/targets/TargetsPage.tsx").then((module) => ({ default: module.TargetsPage })),
    ),
  },
  {
    path: "/work-plan",
    label: "workPlan",
    section: "supervision",
    icon: <ScheduleOutlined />,
    component: lazy(() =>
      import("./pages/work-plan/WorkPlanPage.tsx").then((module) => ({ default: module.WorkPlanPage })),
    ),
  },
  {
    path: "/supervision",
    label: "supervision",
    section: "supervision",
    icon: <AlertOutlined />,
    roles: SUPERVISION_READERS,
    component: lazy(() =>
      import("./pages/supervision/SupervisionPage.tsx").then((module) => ({
        default: module.SupervisionPage,
      })),
    ),
  },
  {
    path: "/notices",
    label: "notices",
    section: "supervision",
    icon: <NotificationOutlined />,
    roles: NOTICE_READERS,
    component: lazy(() =>
      import("./pages/notices/NoticesPage.tsx").then((module) => ({ default: module.NoticesPage })),
    ),
  },
  {
    path: "/rankings",
    label: "rankings",
    section: "supervision",
    icon: <TrophyOutlined />,
    roles: RANKINGS_READERS,
    component: lazy(() =>
      import("./pages/rankings/RankingsPage.tsx").then((module) => ({ default: module.RankingsPage })),
    ),
  },
  {
    path: "/calendar",
    label: "calendar",
    section: "system",
    icon: <CalendarOutlined />,
    roles: CALENDAR_EDITORS,
    component: lazy(() =>
      import("./pages/calendar/CalendarPage.tsx").then((module) => ({ default: module.CalendarPage })),
    ),
  },
  {
    path: "/departments",
    label: "departments",
    section: "system",
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
    section: "system",
    icon: <TeamOutlined />,
    roles: IDENTITY_MANAGERS,
    component: lazy(() =>
      import("./pages/users/UsersPage.tsx").then((module) => ({ default: module.UsersPage })),
    ),
  },
  {
    path: "/audit",
    label: "audit",
    section: "system",
    icon: <AuditOutlined />,
    roles: AUDIT_READERS,
    component: lazy(() =>
      import("./pages/audit/AuditPage.tsx").then((module) => ({ default: module.AuditPage })),
    ),
  },
  {
    path: "/tokens",
    label: "tokens",
    section: "system",
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
    path: "/work-plan/:id",
    component: lazy(() =>
      import("./pages/work-plan/WorkTaskDetailPage.tsx").then((module) => ({
        default: module.WorkTaskDetailPage,
      })),
    ),
  },
  {
    path: "/notices/:id",
    roles: NOTICE_READERS,
    component: lazy(() =>
      import("./pages/notices/NoticeDetailPage.tsx").then((module) => ({ default: module.NoticeDetailPage })),
    ),
  },
  {
    path: "/targets/:id",
    component: lazy(() =>
      import("./pages/target-detail/TargetDetailPage.tsx").then((module) => ({
        default: module.TargetDetailPage,
      })),
    ),
  },
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
    path: "/sharing/:id",
    component: lazy(() =>
      import("./pages/sharing-detail/SharingRequestDetailPage.tsx").then((module) => ({
        default: module.SharingRequestDetailPage,
      })),
    ),
  },
  {
    path: "/notifications",
    component: lazy(() =>
      import("./pages/notifications/NotificationsPage.tsx").then((module) => ({
        default: module.NotificationsPage,
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
