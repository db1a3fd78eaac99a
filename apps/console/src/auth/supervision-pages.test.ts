import type { TRole } from "@govshare/validators";
import { describe, expect, it } from "vitest";
import { consolePages, innerRoutes } from "../navigation.tsx";
import { mayUse, usableBy } from "./role-access.ts";

const SUPERVISION_PAGES = ["workPlan", "supervision", "notices"];
const supervisionMenuFor = (...roles: TRole[]) =>
  usableBy(consolePages, roles)
    .map((page) => page.label)
    .filter((label) => SUPERVISION_PAGES.includes(label));

describe("the work plan, supervision and notices pages by role", () => {
  it("shows the board to supervisors and the centre, notices to officers too, the plan to everyone", () => {
    expect(supervisionMenuFor("supervisor")).toEqual(["workPlan", "supervision", "notices"]);
    expect(supervisionMenuFor("centre")).toEqual(["workPlan", "supervision", "notices"]);
    expect(supervisionMenuFor("officer")).toEqual(["workPlan", "notices"]);
    expect(supervisionMenuFor("admin")).toEqual(["workPlan"]);
  });

  it("opens a task to everyone and a notice to those who may read notices", () => {
    const routeFor = (path: string) => innerRoutes.find((route) => route.path === path)!;
    expect(mayUse(["admin"], routeFor("/work-plan/:id"))).toBe(true);
    expect(mayUse(["officer"], routeFor("/notices/:id"))).toBe(true);
    expect(mayUse(["admin"], routeFor("/notices/:id"))).toBe(false);
  });
});
