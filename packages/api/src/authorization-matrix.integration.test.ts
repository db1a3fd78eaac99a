import { createTestDatabase, type TestDatabase } from "@govshare/db/testing";
import type { TRole } from "@govshare/validators";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appRouter } from "./root.ts";
import { callerWith, signedInUser } from "./testing.ts";
import type { Meta } from "./trpc.ts";

/**
 * Who may call what, written out by hand. The test below checks it against the router both ways: a
 * procedure missing here (or declared without a rule) fails, and so does any call the rule lets
 * through that should be refused, or the other way round.
 */
const expected: Record<string, "public" | "signedIn" | TRole[]> = {
  "auth.login": "public",
  "auth.me": "public",
  "auth.logout": "signedIn",
  "departments.list": "signedIn",
  "departments.tree": "signedIn",
  "departments.create": ["admin", "centre"],
  "departments.update": ["admin", "centre"],
  "users.list": ["admin", "centre"],
  "users.get": ["admin", "centre"],
  "users.create": ["admin", "centre"],
  "users.update": ["admin", "centre"],
  "users.endSessions": ["admin", "centre"],
  "tokens.list": "signedIn",
  "tokens.create": "signedIn",
  "tokens.revoke": "signedIn",
  "audit.list": ["supervisor", "centre", "admin"],
  "audit.verify": ["admin", "supervisor"],
  "resources.list": "signedIn",
  "resources.get": "signedIn",
  "resources.history": "signedIn",
  "resources.nextCode": "signedIn",
  "resources.create": ["officer"],
  "resources.update": ["officer"],
  "resources.submit": ["officer"],
  "resources.review": ["centre"],
  "resources.retire": ["officer", "centre"],
  "sharing.create": ["officer"],
  "sharing.list": "signedIn",
  "sharing.get": "signedIn",
  "sharing.decide": ["officer", "centre"],
  "sharing.withdraw": ["officer"],
  "sharing.revoke": ["officer", "centre"],
  "sharing.comment": ["officer", "centre"],
  "grants.list": "signedIn",
  "calendar.list": "signedIn",
  "calendar.set": ["centre"],
  "calendar.addWorkingDays": "signedIn",
  "objections.create": ["officer", "centre"],
  "objections.answer": ["officer"],
  "objections.list": "signedIn",
  "notifications.list": "signedIn",
  "notifications.unreadCount": "signedIn",
  "notifications.markRead": "signedIn",
  "workPlan.list": "signedIn",
  "workPlan.get": "signedIn",
  "workPlan.addUpdate": ["officer"],
  "workPlan.setStatus": ["officer", "centre"],
  "supervision.board": ["supervisor", "centre"],
  "supervision.counts": ["supervisor", "centre"],
  "notices.create": ["supervisor"],
  "notices.list": ["supervisor", "centre", "officer"],
  "notices.get": ["supervisor", "centre", "officer"],
  "notices.reply": ["officer"],
  "notices.close": ["supervisor"],
  "rankings.list": ["centre", "supervisor"],
  "targets.list": "signedIn",
  "targets.get": "signedIn",
  "targets.update": ["centre"],
  "targets.report": ["officer"],
  "targets.reviewReport": ["centre"],
  "targets.reports": ["officer", "centre", "supervisor"],
  "targets.snapshot": ["centre"],
  "dashboard.summary": ["centre", "supervisor"],
};

const ROLES: TRole[] = ["officer", "centre", "supervisor", "admin"];
const procedures = appRouter._def.procedures as unknown as Record<string, { _def: { meta?: Meta } }>;

let database: TestDatabase;
const tokens = new Map<TRole, string>();
beforeAll(async () => {
  database = await createTestDatabase();
  // API tokens rather than sessions: auth.logout in the matrix must not end the callers' sign-in
  for (const role of ROLES) {
    const caller = await (await signedInUser(database, [role])).caller();
    tokens.set(role, (await caller.tokens.create({ name: `matrix ${role}` })).secret);
  }
});
afterAll(() => database?.destroy());

function allows(rule: (typeof expected)[string], role: TRole | "anonymous"): boolean {
  if (rule === "public") return true;
  if (role === "anonymous") return false;
  return rule === "signedIn" || rule.includes(role);
}

async function call(role: TRole | "anonymous", path: string): Promise<string> {
  const caller = await callerWith(database, role === "anonymous" ? {} : { bearerToken: tokens.get(role) });
  const method = path
    .split(".")
    .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller);
  try {
    await (method as (input: unknown) => Promise<unknown>)({});
    return "OK";
  } catch (error) {
    if (error instanceof TRPCError) return error.code;
    throw error;
  }
}

describe("authorization matrix", () => {
  it("covers every procedure of the router, each with a declared rule", () => {
    expect(Object.keys(procedures).sort()).toEqual(Object.keys(expected).sort());
    for (const [path, procedure] of Object.entries(procedures)) {
      expect(procedure._def.meta?.access, `${path} declares no access rule`).toBeDefined();
    }
  });

  const cases = Object.keys(expected).flatMap((path) =>
    (["anonymous", ...ROLES] as const).map((role) => [path, role] as const),
  );
  it.each(cases)("%s as %s", async (path, role) => {
    const outcome = await call(role, path);
    if (allows(expected[path]!, role)) {
      expect(outcome).not.toMatch(/^(UNAUTHORIZED|FORBIDDEN)$/);
    } else {
      expect(outcome).toBe(role === "anonymous" ? "UNAUTHORIZED" : "FORBIDDEN");
    }
  });
});
