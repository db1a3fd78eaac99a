import { createContext, snapshotTargetsIfMissing } from "@govshare/api";
import type { Database } from "@govshare/db";
import type { Logger } from "../logger.ts";

export interface TargetSnapshotJobOptions {
  database: Database;
  logger: Logger;
  /** injected so that a test can move the day without waiting for one */
  now?: () => Date;
  /** how often to look whether today's snapshot is still missing (hourly by default) */
  checkEveryMs?: number;
}

export interface TargetSnapshotJob {
  /** the start-up run: resolves once today's snapshot is there (or the attempt failed and was logged) */
  ran: Promise<void>;
  /** no further runs; resolves when the one in progress, if any, has finished */
  stop(): Promise<void>;
}

/**
 * The targets' daily snapshot (the trends): once at start-up if today's is missing, then whenever the
 * day (Asia/Shanghai) changes. It checks hourly rather than sleeping until midnight so that a server
 * asleep or restarted at midnight still catches up; several servers sharing a database at worst take
 * the day's snapshot twice, and the second replaces the first (one row per target and day).
 */
export function startTargetSnapshotJob(options: TargetSnapshotJobOptions): TargetSnapshotJob {
  const { database, logger } = options;
  let running: Promise<void> | null = null;
  const run = () =>
    (running ??= createContext({ database, requestId: "target-snapshot-job", now: options.now })
      .then((ctx) => snapshotTargetsIfMissing(ctx))
      .then((taken) => {
        if (taken) logger.info(taken, "target snapshots taken");
      })
      .catch((error: unknown) => logger.error({ err: error }, "target snapshot job failed"))
      .finally(() => {
        running = null;
      }));
  const timer = setInterval(() => void run(), options.checkEveryMs ?? 60 * 60_000).unref();
  return {
    ran: run(),
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
