import type { TRole } from "@govshare/validators";
import { describe, expect, it } from "vitest";
import { activePagePath, consolePages, innerRoutes } from "../navigation.tsx";
import { mayUse, usableBy } from "./role-access.ts";

const menuFor = (...roles: TRole[]) => usableBy(consolePages, roles).map((page) => page.label);

describe("the menu by role", () => {
  it("shows an officer the catalogue with its import, sharing, and what every signed-in user may use", () => {
    expect(menuFor("officer")).toEqual([
      "home",
      "catalogue",
      "catalogueImport",
      "notShared",
      "sharingMine",
      "sharingAwaiting",
      "grants",
      "objections",
      "targets",
      "workPlan",
      "notices",
      "departments",
      "tokens",
    ]);
  });

  it("adds review, decisions, supervision, rankings, the calendar, users and audit for the information centre", () => {
    expect(menuFor("centre")).toEqual([
      "home",
      "catalogue",
      "catalogueReview",
      "notShared",
      "sharingAwaiting",
      "grants",
      "objections",
      "targets",
      "workPlan",
      "supervision",
      "notices",
      "rankings",
      "calendar",
      "departments",
      "users",
      "audit",
      "tokens",
    ]);
  });

  it("adds users and audit, not the catalogue's review or import nor sharing decisions, for administrators", () => {
    expect(menuFor("admin")).toEqual([
      "home",
      "catalogue",
      "notShared",
      "grants",
      "objections",
      "targets",
      "workPlan",
      "departments",
      "users",
      "audit",
      "tokens",
    ]);
  });

  it("adds supervision, notices, rankings and the audit trail, not user management, for supervisors", () => {
    expect(menuFor("supervisor")).toEqual([
      "home",
      "catalogue",
      "notShared",
      "grants",
      "objections",
      "targets",
      "workPlan",
      "supervision",
      "notices",
      "rankings",
      "departments",
      "audit",
      "tokens",
    ]);
  });

  it("combines the pages of several roles, in menu order", () => {
    expect(menuFor("officer", "supervisor")).toEqual([
      "home",
      "catalogue",
      "catalogueImport",
      "notShared",
      "sharingMine",
      "sharingAwaiting",
      "grants",
      "objections",
      "targets",
      "workPlan",
      "supervision",
      "notices",
      "rankings",
      "departments",
      "audit",
      "tokens",
    ]);
  });

  it("leaves a user without roles the pages open to everyone signed in", () => {
    expect(menuFor()).toEqual([
      "home",
      "catalogue",
      "notShared",
      "grants",
      "objections",
      "targets",
      "workPlan",
      "departments",
      "tokens",
    ]);
  });
});

describe("the catalogue's inner pages", () => {
  it("opens a resource to everyone and its forms to officers only", () => {
    const routeFor = (path: string) => innerRoutes.find((route) => route.path === path) ?? {};
    expect(mayUse(["supervisor"], routeFor("/resources/:id"))).toBe(true);
    expect(mayUse(["officer"], routeFor("/resources/new"))).toBe(true);
    expect(mayUse(["centre"], routeFor("/resources/new"))).toBe(false);
    expect(mayUse(["centre"], routeFor("/resources/:id/edit"))).toBe(false);
  });

  it("keeps the catalogue's menu item active on a resource's pages", () => {
    expect(activePagePath("/resources/3f6c…/edit")).toBe("/resources");
    expect(activePagePath("/resources/new")).toBe("/resources");
    expect(activePagePath("/resources/review")).toBe("/resources/review");
  });
});

describe("mayUse", () => {
  it("lets any role through when the entry names none, and otherwise needs one of them", () => {
    expect(mayUse(["officer"], {})).toBe(true);
    expect(mayUse(["officer"], { roles: ["admin", "centre"] })).toBe(false);
    expect(mayUse(["officer", "centre"], { roles: ["admin", "centre"] })).toBe(true);
  });
});
