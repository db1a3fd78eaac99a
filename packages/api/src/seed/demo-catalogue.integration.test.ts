import { seedDatabase } from "@govshare/db";
import { createTestDatabase, type TestDatabase } from "@govshare/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signedInUser } from "../testing.ts";
import { seedDemoCatalogue } from "./demo-catalogue.ts";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
  await seedDatabase(database, { demo: false });
});
afterAll(() => database?.destroy());

describe("demo catalogue", () => {
  it("registers at least 50 resources in every status and sharing type, once", async () => {
    expect(await seedDemoCatalogue(database)).toBeGreaterThanOrEqual(50);
    expect(await seedDemoCatalogue(database)).toBe(0);
    const rows = await database.prisma.informationResource.findMany({
      select: { status: true, sharingType: true, formationDate: true, providerId: true },
    });
    expect(new Set(rows.map((row) => row.status))).toEqual(
      new Set(["draft", "submitted", "published", "retired"]),
    );
    expect(new Set(rows.map((row) => row.sharingType))).toEqual(
      new Set(["unconditional", "conditional", "none"]),
    );
    expect(rows.filter((row) => row.formationDate.getUTCFullYear() === 2016).length).toBeGreaterThan(30);
    expect(new Set(rows.map((row) => row.providerId)).size).toBeGreaterThanOrEqual(10);
  });

  it("has a revision awaiting the centre's review and one still being edited", async () => {
    const centre = await (await signedInUser(database, ["centre"])).caller();
    const names = async (pendingRevision: "draft" | "submitted") =>
      (await centre.resources.list({ filters: { pendingRevision } })).items.map((item) => item.name);
    expect(await names("submitted")).toEqual(["便民服务网点信息"]);
    expect(await names("draft")).toEqual(["就业登记信息"]);
    const [queued] = (await centre.resources.list({ filters: { q: "便民服务网点信息" } })).items;
    const history = await centre.resources.history({ id: queued!.id });
    expect(history.map((entry) => [entry.version, entry.status])).toEqual([
      [1, "published"],
      [2, "submitted"],
    ]);
    expect(history[1]!.changes.map((change) => change.field)).toEqual(
      expect.arrayContaining(["updateCycle", "abstract"]),
    );
  });

  it("is searchable like any registered resource", async () => {
    const reader = await (await signedInUser(database, ["supervisor"])).caller();
    const page = await reader.resources.list({ filters: { q: "企业" } });
    expect(page.items.map((item) => item.name)).toContain("企业登记基本信息");
    const audit = await reader.audit.verify();
    expect(audit.ok).toBe(true);
  });
});
