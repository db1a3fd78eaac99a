import { lazy, type ComponentType, type LazyExoticComponent, type ReactNode } from "react";
import { ApartmentOutlined, HomeOutlined } from "@ant-design/icons";
import type { Messages } from "./i18n/messages.ts";

export interface ConsolePage {
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
 * (catalogue, sharing, targets, supervision, users, audit) is one entry here plus its label in the
 * dictionary.
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
];

/** The page whose menu item is active: its own path or one below it (/departments/42 too). */
export function activePagePath(pathname: string): string | undefined {
  const matches = consolePages
    .map((page) => page.path)
    .filter((path) => pathname === path || (path !== "/" && pathname.startsWith(`${path}/`)));
  return matches.sort((a, b) => b.length - a.length)[0];
}
