import { randomUUID } from "node:crypto";
import type { Database } from "@govshare/db";
import { makeUser } from "@govshare/db/testing";
import type { TResourceFormValues, TRole } from "@govshare/validators";
import { hashPassword } from "./auth/password.ts";
import { createContext, type AuthSettings, type RequestCredentials } from "./context.ts";
import { appRouter } from "./root.ts";
import { createCallerFactory } from "./trpc.ts";

/**
 * Test helpers that go through the real doors: users sign in with auth.login and every call runs the
 * auth middleware (CONVENTIONS.md rule 7). Nothing here builds a principal by hand.
 */
export const TEST_PASSWORD = "correct-horse-battery-staple";
let testPasswordHash: Promise<string> | undefined;
export const testPasswordHashOnce = () => (testPasswordHash ??= hashPassword(TEST_PASSWORD));

const createCaller = createCallerFactory(appRouter);

/** Records what the API sets as the session cookie, like a browser would. */
export function cookieJar() {
  const jar = { token: undefined as string | undefined };
  return {
    jar,
    sessionCookie: {
      set: (token: string) => void (jar.token = token),
      clear: () => void (jar.token = undefined),
    },
  };
}

export interface CallerOptions {
  now?: () => Date;
  settings?: AuthSettings;
}

/** A caller with the given credentials (none: anonymous). */
export async function callerWith(
  database: Database,
  credentials: RequestCredentials = {},
  options: CallerOptions = {},
) {
  const { sessionCookie } = cookieJar();
  return createCaller(
    await createContext({ database, requestId: "test", credentials, sessionCookie, ...options }),
  );
}

export type Caller = Awaited<ReturnType<typeof callerWith>>;

/** Makes a user with `roles` (in a new department unless given) and signs them in. */
export async function signedInUser(
  database: Database,
  roles: TRole[],
  options: CallerOptions & { departmentId?: string; username?: string } = {},
) {
  const user = await makeUser(database, {
    passwordHash: await testPasswordHashOnce(),
    roles,
    departmentId: options.departmentId,
    username: options.username,
  });
  const { jar, sessionCookie } = cookieJar();
  const anonymous = createCaller(
    await createContext({ database, requestId: "test", sessionCookie, ...options }),
  );
  await anonymous.auth.login({ username: user.username, password: TEST_PASSWORD });
  const sessionToken = jar.token!;
  return {
    user,
    sessionToken,
    /** a fresh caller per call, as each HTTP request gets a fresh context */
    caller: () => callerWith(database, { sessionToken }, options),
  };
}

/**
 * A user who calls through an API token: tests that move the clock by days use these, since sessions
 * expire after half an hour idle.
 */
export async function tokenUser(
  database: Database,
  roles: TRole[],
  options: CallerOptions & { departmentId?: string } = {},
) {
  const signedIn = await signedInUser(database, roles, options);
  const { secret } = await (await signedIn.caller()).tokens.create({ name: "test token" });
  return {
    user: signedIn.user,
    userId: signedIn.user.id,
    caller: () => callerWith(database, { bearerToken: secret }, options),
  };
}

export type TokenUser = Awaited<ReturnType<typeof tokenUser>>;

/** A complete, valid resource form of `providerDepartmentId`; tests override what they are about. */
export function resourceFormValues(
  values: Partial<TResourceFormValues> & { providerDepartmentId: string },
): TResourceFormValues {
  const sharingType = values.sharingType ?? "unconditional";
  return {
    classification: "1-02-001",
    name: `测试资源${randomUUID().slice(0, 8)}`,
    format: "database",
    dataItems: [
      { name: "统一社会信用代码", dataType: "string", length: 18 },
      { name: "企业名称", dataType: "string", length: 200 },
    ],
    sharingType,
    sharingCondition: sharingType === "unconditional" ? null : "需说明用途",
    sharingBasis: sharingType === "none" ? "《统计法》第二十五条" : null,
    sharingMethods: ["api"],
    openAttribute: "closed",
    updateCycle: "daily",
    formationDate: "2016-01-10",
    ...values,
  };
}

/** Registers a resource as its provider's officer, submits it, and has the centre publish it. */
export async function publishedResource(
  provider: { caller: () => Promise<Caller> },
  centre: { caller: () => Promise<Caller> },
  values: TResourceFormValues,
): Promise<string> {
  const officer = await provider.caller();
  const resource = await officer.resources.create(values);
  await officer.resources.submit({ id: resource.id });
  await (await centre.caller()).resources.review({ id: resource.id, decision: "approve" });
  return resource.id;
}
