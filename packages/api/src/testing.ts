import type { Database } from "@govshare/db";
import { makeUser } from "@govshare/db/testing";
import type { TRole } from "@govshare/validators";
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
