import { seedDatabase } from "@govshare/db";
import { createTestDatabase, type TestDatabase } from "@govshare/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../logger.ts";
import { startTargetSnapshotJob } from "./target-snapshots.ts";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
  await seedDatabase(database, { demo: false });
});
afterAll(() => database?.destroy());

const snapshotDays = async () =>
  (
    await database.prisma.targetSnapshot.findMany({
      select: { day: true },
      distinct: ["day"],
      orderBy: { day: "asc" },
    })
  ).map((row) => row.day.toISOString().slice(0, 10));

describe("the daily target snapshot job", () => {
  it("takes today's snapshot at start-up, then the next day's once the day changes", async () => {
    // 23:30 in Shanghai on 1 Apr 2016 is 15:30 UTC: the Shanghai day decides
    let now = new Date("2016-04-01T15:30:00Z");
    const job = startTargetSnapshotJob({
      database,
      logger: createLogger("silent"),
      now: () => now,
      checkEveryMs: 20,
    });
    try {
      await job.ran;
      expect(await snapshotDays()).toEqual(["2016-04-01"]);
      expect(await database.prisma.targetSnapshot.count()).toBe(6);
      await new Promise((resolve) => setTimeout(resolve, 100)); // checks again: nothing new the same day
      expect(await database.prisma.targetSnapshot.count()).toBe(6);
      now = new Date("2016-04-01T16:30:00Z"); // 00:30 on 2 Apr in Shanghai
      await expect.poll(snapshotDays, { timeout: 5000, interval: 50 }).toEqual(["2016-04-01", "2016-04-02"]);
      expect(await database.prisma.targetSnapshot.count()).toBe(12);
    } finally {
      job.stop();
    }
  });
});
