/** Who the tests sign in as. */
export interface Credentials {
  username: string;
  password: string;
}

/** The demo users seeded on every new embedded database (apps/server), all with this password. */
export const DEMO_PASSWORD = "govshare-demo";
export type DemoUsername = "centre" | "supervisor" | "admin" | "gongshang" | "fagai";

export function demoUser(username: DemoUsername): Credentials {
  return { username, password: DEMO_PASSWORD };
}

/** A username no earlier run has taken: each run has a new database, but a retry shares it. */
export function uniqueUsername(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;
}
