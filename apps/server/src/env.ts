import path from "node:path";
import { createEnv } from "@t3-oss/env-core";
import { z } from "zod";
import type { DatabaseKind } from "@govshare/db";

/** The repository root: this file sits at apps/server/{src,dist}/, in development and when built. */
export const repositoryRoot = path.resolve(import.meta.dirname, "../../..");

const flag = z.enum(["0", "1", "true", "false"]).transform((value) => value === "1" || value === "true");

/** The only place the server reads process.env (CONVENTIONS.md rule 12); validated at start-up. */
export function readEnv(source: Record<string, string | undefined> = process.env) {
  return createEnv({
    server: {
      NODE_ENV: z.enum(["development", "test", "production"]).default("production"),
      HOST: z.string().min(1).default("127.0.0.1"),
      PORT: z.coerce.number().int().min(0).max(65535).default(3000),
      /** postgresql://… selects PostgreSQL; unset means the embedded PGlite database. */
      DATABASE_URL: z
        .url()
        .refine((url) => /^postgres(ql)?:\/\//.test(url), "DATABASE_URL must be a postgresql:// URL")
        .optional(),
      DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
      PGLITE_DIR: z.string().min(1).default(path.join(repositoryRoot, ".data/pglite")),
      MIGRATE_ON_START: flag.default(true),
      /** Demo users and catalogue; unset: on an embedded database only (see seedsDemo). */
      SEED_DEMO: flag.optional(),
      /** Extra origins allowed to send mutations (comma-separated), besides the server's own. */
      ALLOWED_ORIGINS: z
        .string()
        .default("")
        .transform((value) =>
          value
            .split(",")
            .map((origin) => origin.trim())
            .filter(Boolean),
        ),
      /**
       * Host names (comma-separated) the server answers to besides loopback and HOST, e.g. the public
       * name behind a proxy; "*" answers any (see http/allowed-hosts.ts for why not by default).
       */
      ALLOWED_HOSTS: z
        .string()
        .default("")
        .transform((value) =>
          value
            .split(",")
            .map((name) => name.trim())
            .filter(Boolean),
        ),
      SESSION_IDLE_MINUTES: z.coerce
        .number()
        .int()
        .min(1)
        .max(24 * 60)
        .default(30),
      SESSION_ABSOLUTE_HOURS: z.coerce
        .number()
        .int()
        .min(1)
        .max(24 * 30)
        .default(12),
      /** Set when served over HTTPS (behind a proxy): the session cookie gets the Secure flag. */
      COOKIE_SECURE: flag.default(false),
      BODY_LIMIT_BYTES: z.coerce
        .number()
        .int()
        .min(1024)
        .default(1024 * 1024),
      CONSOLE_DIR: z.string().min(1).default(path.join(repositoryRoot, "apps/console/dist")),
      MIGRATIONS_DIR: z.string().min(1).default(path.join(repositoryRoot, "prisma/migrations")),
      LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
      /** Adds the bare comparison route that `npm run bench` measures tRPC against. */
      BENCH_ROUTES: flag.default(false),
    },
    runtimeEnv: source,
    emptyStringAsUndefined: true,
  });
}

export type Env = ReturnType<typeof readEnv>;

/**
 * Whether start-up seeds the demo users (password DEMO_PASSWORD) and catalogue: as SEED_DEMO says,
 * else only on the embedded database, where a first `npm start` should have something to show. An
 * embedded database that real people use sets SEED_DEMO=0 before its first start (demo users already
 * seeded stay: an administrator disables them).
 */
export function seedsDemo(env: Env, kind: DatabaseKind): boolean {
  return env.SEED_DEMO ?? kind === "pglite";
}
