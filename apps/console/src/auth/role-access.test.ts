import type { TRole } from "@govshare/validators";
import { describe, expect, it } from "vitest";
import { consolePages } from "../navigation.tsx";
import { mayUse, usableBy } from "./role-access.ts";

const menuFor = (...roles: TRole[]) => usableBy(consolePages, roles).map((page) => page.label);

describe("the menu by role", () => {
  it("shows an officer only what every signed-in user may use", () => {
    expect(menuFor("officer")).toEqual(["home", "departments", "tokens"]);
  });

  it("adds users and audit for the information centre and administrators", () => {
    expect(menuFor("centre")).toEqual(["home", "departments", "users", "audit", "tokens"]);
    expect(menuFor("admin")).toEqual(["home", "departments", "users", "audit", "tokens"]);
  });

  it("adds the audit trail, not user management, for supervisors", () => {
    expect(menuFor("supervisor")).toEqual(["home", "departments", "audit", "tokens"]);
  });

  it("combines the pages of several roles, in menu order", () => {
    expect(menuFor("officer", "supervisor")).toEqual(["home", "departments", "audit", "tokens"]);
  });

  it("leaves a user without roles the pages open to everyone signed in", () => {
    expect(menuFor()).toEqual(["home", "departments", "tokens"]);
  });
});

describe("mayUse", () => {
  it("lets any role through when the entry names none, and otherwise needs one of them", () => {
    expect(mayUse(["officer"], {})).toBe(true);
    expect(mayUse(["officer"], { roles: ["admin", "centre"] })).toBe(false);
    expect(mayUse(["officer", "centre"], { roles: ["admin", "centre"] })).toBe(true);
  });
});
