import type { AddressInfo } from "node:net";
import {
  createContext,
  DEFAULT_AUTH_SETTINGS,
  escalateOverdueRequests,
  hashPassword,
  seedDemoCatalogue,
  seedOfficialCalendar,
  type AuthSettings,
} from "@govshare/api";
import {
  DEMO_PASSWORD,
  DEMO_USERS,
  migrateDatabase,
  openDatabase,
  seedDatabase,
  type Database,
} from "@govshare/db";
import { createApp } from "./app.ts";
import { startTargetSnapshotJob } from "./jobs/target-snapshots.ts";
import { hostPolicyOf } from "./http/allowed-hosts.ts";
import { seedsDemo, type Env } from "./env.ts";
import { createLogger, type Logger } from "./logger.ts";

export interface RunningServer {
  url: string;
  database: Database;
  logger: Logger;
  /** The demo sign-ins, when this database has them (env.ts seedsDemo). */
  demoUsers: { username: string; description: string }[];
  /** Stops accepting requests, finishes the ones in flight, closes the database. */
  close(): Promise<void>;
}

/**
 * Opens (and on first use creates) the database, applies migrations, seeds reference data, and serves.
 * `database` may be passed in by tests that made their own; `auditChain: false` only by the sharing
 * benchmark (AppOptions.auditChain), never from the environment.
 */
export async function startServer(
  env: Env,
  given?: { database?: Database; auditChain?: boolean },
): Promise<RunningServer> {
  const logger = createLogger(env.LOG_LEVEL);
  const database =
    given?.database ??
    (await openDatabase(
      env.DATABASE_URL
        ? { kind: "postgresql", url: env.DATABASE_URL, poolSize: env.DATABASE_POOL_SIZE }
        : { kind: "pglite", dataDir: env.PGLITE_DIR },
    ));
  const demo = seedsDemo(env, database.kind);
  if (env.MIGRATE_ON_START) {
    const applied = await migrateDatabase(database, env.MIGRATIONS_DIR);
    if (applied.length) logger.info({ applied }, "migrations applied");
    const seeded = await seedDatabase(database, {
      demo: demo ? { passwordHash: await hashPassword(DEMO_PASSWORD) } : false,
    });
    await seedOfficialCalendar(database);
    const demoResources = demo ? await seedDemoCatalogue(database) : 0;
    logger.debug({ seeded, demoResources }, "reference and demo data seeded");
  }

  // The start-up snapshot is taken before listening: /healthz answers only a server that is ready,
  // and a server closed right after starting never closes its database under the snapshot.
  const targetSnapshots = startTargetSnapshotJob({ database, logger });
  await targetSnapshots.ran;

  const server = createApp({
    database,
    logger,
    bodyLimitBytes: env.BODY_LIMIT_BYTES,
    authSettings: authSettingsOf(env),
    cookieSecure: env.COOKIE_SECURE,
    consoleDir: env.CONSOLE_DIR,
    extraOrigins: env.ALLOWED_ORIGINS,
    hostPolicy: hostPolicyOf(env.HOST, env.ALLOWED_HOSTS),
    benchRoutes: env.BENCH_ROUTES,
    auditChain: given?.auditChain,
  });
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(env.PORT, env.HOST, resolve);
  }).catch(async (error: unknown) => {
    await targetSnapshots.stop();
    throw error;
  });
  const { port } = server.address() as AddressInfo;

  // Overdue provider replies go to the centre. Every server runs the job; the row-version check in
  // the service makes a request escalate once however many servers share the database.
  const escalate = () =>
    createContext({ database, requestId: "escalation-job" })
      .then((ctx) => escalateOverdueRequests(ctx))
      .then((count) => count && logger.info({ count }, "overdue sharing requests escalated"))
      .catch((error: unknown) => logger.error({ err: error }, "escalation job failed"));
  const escalationTimer = setInterval(escalate, 10 * 60_000).unref();
  void escalate();

  let closing: Promise<void> | undefined;
  return {
    url: `http://${env.HOST}:${port}`,
    database,
    demoUsers: demo
      ? DEMO_USERS.map((user) => ({
          username: user.username,
          description: `${user.displayName} (${user.roles.join(", ")})`,
        }))
      : [],
    logger,
    close() {
      closing ??= (async () => {
        clearInterval(escalationTimer);
        await targetSnapshots.stop();
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeIdleConnections();
        });
        if (!given?.database) await database.close();
      })();
      return closing;
    },
  };
}

function authSettingsOf(env: Env): AuthSettings {
  return {
    ...DEFAULT_AUTH_SETTINGS,
    session: {
      idleTimeoutMs: env.SESSION_IDLE_MINUTES * 60_000,
      absoluteTimeoutMs: env.SESSION_ABSOLUTE_HOURS * 60 * 60_000,
    },
  };
}
