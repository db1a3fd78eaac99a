import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, makeDepartment, type TestDatabase } from "../testing/index.ts";
import { createAuditRepository } from "./audit-repository.ts";
import {
  createResourceRepository,
  createResourceVersionRepository,
  TOTAL_CAP,
  type NewResource,
} from "./resource-repository.ts";

let database: TestDatabase;
let providerId: string;
beforeAll(async () => {
  database = await createTestDatabase();
  providerId = (await makeDepartment(database)).id;
});
afterAll(() => database?.destroy());

function newResource(sequence: number, overrides: Partial<NewResource["content"]> = {}) {
  const code = `301001/${String(sequence).padStart(6, "0")}`;
  return {
    id: randomUUID(),
    code,
    sequence,
    providerId,
    status: "draft",
    content: {
      classification: "301001",
      name: `批量资源${sequence}`,
      abstract: "摘要",
      format: "database",
      formatDetail: null,
      sharingType: "conditional",
      sharingCondition: "需申请",
      sharingBasis: null,
      sharingMethods: ["api", "file_download"],
      openAttribute: "closed",
      openCondition: null,
      updateCycle: "monthly",
      publishDate: null,
      formationDate: new Date("2016-03-01T00:00:00Z"),
      relatedCodes: ["102001/000001"],
      dataItems: [
        { name: "统一社会信用代码", dataType: "string", length: 18, description: "18位" },
        { name: "登记日期", dataType: "date", length: null, description: "" },
      ],
      ...overrides,
    },
    searchTokens: ["批量", "量资", "x"],
    searchText: `批量资源${sequence}`,
  } satisfies NewResource & { id: string };
}

describe(`bulk inserts (${process.env.TEST_DB})`, () => {
  it("stores resources, items and versions as the one-by-one path would", async () => {
    const rows = [
      newResource(1),
      newResource(2, { sharingMethods: [], relatedCodes: [], publishDate: new Date("2017-01-02T00:00:00Z") }),
    ];
    await createResourceRepository(database.prisma).createMany(rows);
    await createResourceVersionRepository(database.prisma).createMany(
      rows.map((row) => ({
        resourceId: row.id,
        version: 1,
        status: "draft",
        content: { name: row.content.name, nested: { list: [1, "二"] } },
        createdById: null,
        at: new Date("2026-01-02T03:04:05.678Z"),
      })),
    );
    const first = await createResourceRepository(database.prisma).findById(rows[0]!.id);
    expect(first).toMatchObject({
      code: "301001/000001",
      name: "批量资源1",
      sharingMethods: ["api", "file_download"],
      relatedCodes: ["102001/000001"],
      publishDate: null,
      formationDate: new Date("2016-03-01T00:00:00Z"),
      dataItems: [
        { position: 0, name: "统一社会信用代码", dataType: "string", length: 18, description: "18位" },
        { position: 1, name: "登记日期", dataType: "date", length: null, description: "" },
      ],
    });
    const second = await createResourceRepository(database.prisma).findById(rows[1]!.id);
    expect(second).toMatchObject({
      sharingMethods: [],
      relatedCodes: [],
      publishDate: new Date("2017-01-02T00:00:00Z"),
    });
    const stored = await database.prisma.informationResource.findUnique({
      where: { id: rows[0]!.id },
      select: { searchTokens: true, searchText: true },
    });
    expect(stored).toEqual({ searchTokens: ["批量", "量资", "x"], searchText: "批量资源1" });
    const versions = await createResourceVersionRepository(database.prisma).list(rows[1]!.id);
    expect(versions).toEqual([
      expect.objectContaining({
        version: 1,
        status: "draft",
        content: { name: "批量资源2", nested: { list: [1, "二"] } },
        createdAt: new Date("2026-01-02T03:04:05.678Z"),
      }),
    ]);
  });

  it("appends many audit events as one valid chain", async () => {
    const audit = createAuditRepository(database.prisma);
    await audit.append({
      at: new Date(),
      actorId: null,
      actorLabel: "system",
      action: "test.single",
      subjectType: "test",
      subjectId: null,
      requestId: null,
    });
    await audit.appendMany(
      Array.from({ length: 1203 }, (_, index) => ({
        at: new Date(Date.UTC(2026, 0, 1, 0, 0, 0, index)),
        actorId: null,
        actorLabel: "导入",
        action: "test.bulk",
        subjectType: "resource",
        subjectId: String(index),
        before: index % 2 ? undefined : { 名称: "旧", n: index },
        after: { 名称: "新", date: new Date("2026-01-01T00:00:00Z"), nested: [null, { a: 1 }] },
        requestId: "req",
      })),
    );
    const check = await audit.verifyChain();
    expect(check).toMatchObject({ ok: true, problem: null });
    expect(check.checked).toBeGreaterThanOrEqual(1204);
    const event = await database.prisma.auditEvent.findFirst({
      where: { action: "test.bulk", subjectId: "2" },
    });
    expect(event).toMatchObject({
      before: { 名称: "旧", n: 2 },
      after: { 名称: "新", date: "2026-01-01T00:00:00.000Z", nested: [null, { a: 1 }] },
    });
    const odd = await database.prisma.auditEvent.findFirst({
      where: { action: "test.bulk", subjectId: "1" },
    });
    expect(odd?.before).toBeNull();
  });

  it("counts a search's matches exactly up to the cap, and says when it stopped", async () => {
    const many = Array.from({ length: TOTAL_CAP + 5 }, (_, index) =>
      newResource(1000 + index, { name: index % 3 ? `测试封顶${index}` : `封顶测试${index}` }),
    ).map((row) => ({ ...row, searchTokens: ["封顶"], searchText: row.content.name }));
    await createResourceRepository(database.prisma).createMany(many);
    const repository = createResourceRepository(database.prisma);
    const search = (skip: number, sort: "relevance" | "name") =>
      repository.search({
        skip,
        take: 20,
        sort: { field: sort, direction: "asc" },
        tokens: ["封顶"],
        rankTerm: "封顶",
      });
    for (const sort of ["relevance", "name"] as const) {
      const first = await search(0, sort);
      expect(first).toMatchObject({ total: TOTAL_CAP, totalCapped: true });
      expect(first.items).toHaveLength(20);
      // a page past the cap still has its rows
      const deep = await search(TOTAL_CAP, sort);
      expect(deep.items).toHaveLength(5);
      expect(deep.totalCapped).toBe(true);
      const past = await search(TOTAL_CAP + 20, sort);
      expect(past).toMatchObject({ items: [], total: TOTAL_CAP, totalCapped: true });
    }
    // pages within the cap rank the same window: together they hold every resource of it once
    const seen = new Set<string>();
    for (let skip = 0; skip < TOTAL_CAP; skip += 100) {
      const page = await repository.search({
        skip,
        take: 100,
        sort: { field: "relevance", direction: "asc" },
        tokens: ["封顶"],
        rankTerm: "封顶",
      });
      for (const item of page.items) {
        expect(seen.has(item.id)).toBe(false);
        seen.add(item.id);
      }
    }
    expect(seen.size).toBe(TOTAL_CAP);
    const exact = await repository.search({
      skip: 0,
      take: 20,
      sort: { field: "code", direction: "asc" },
      tokens: ["量资"],
    });
    expect(exact).toMatchObject({ total: 2, totalCapped: false });
  });
});
