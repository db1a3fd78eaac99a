import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, makeDepartment, type TestDatabase } from "../testing/index.ts";
import { createAuditRepository } from "./audit-repository.ts";
import {
  chooseSearchPlan,
  createResourceRepository,
  createResourceVersionRepository,
  forgetTokenStatistics,
  indexTokens,
  tokenShare,
  TOTAL_CAP,
  type ResourceSearch,
} from "./resource-repository.ts";
import { runInTransactionWithConnection } from "../transaction.ts";
import { encodeDrafts, insertDrafts, type NewDraft } from "./bulk-insert.ts";

let database: TestDatabase;
let providerId: string;
beforeAll(async () => {
  database = await createTestDatabase();
  providerId = (await makeDepartment(database)).id;
});
afterAll(() => database?.destroy());

function newDraft(sequence: number, overrides: Partial<NewDraft["snapshot"]> = {}): NewDraft {
  const code = `301001/${String(sequence).padStart(6, "0")}`;
  return {
    id: randomUUID(),
    sequence,
    snapshot: {
      classification: "301001",
      code,
      name: `批量资源${sequence}`,
      providerDepartmentId: providerId,
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
      formationDate: "2016-03-01",
      relatedCodes: ["102001/000001"],
      dataItems: [
        { name: "统一社会信用代码", dataType: "string", length: 18, description: "18位" },
        { name: "登记日期", dataType: "date", length: null, description: "" },
      ],
      ...overrides,
    },
    searchTokens: ["批量", "量资", "x"],
    searchText: `批量资源${sequence}`,
  };
}

const at = new Date("2026-01-02T03:04:05.678Z");

const insert = (rows: NewDraft[]) =>
  runInTransactionWithConnection(database, (_tx, connection) =>
    insertDrafts(connection, encodeDrafts(rows, { createdById: null, at }, database.kind)),
  );

describe(`bulk inserts (${process.env.TEST_DB})`, () => {
  it("stores drafts, their items and first versions as the one-by-one path would", async () => {
    const rows = [
      newDraft(1),
      newDraft(2, { sharingMethods: [], relatedCodes: [], publishDate: "2017-01-02", formatDetail: "其他" }),
    ];
    await insert(rows);
    const first = await createResourceRepository(database.prisma).findById(rows[0]!.id);
    expect(first).toMatchObject({
      code: "301001/000001",
      classification: "301001",
      sequence: 1,
      providerId,
      status: "draft",
      name: "批量资源1",
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
      relatedCodes: ["102001/000001"],
      publishDate: null,
      formationDate: new Date("2016-03-01T00:00:00Z"),
      createdAt: at,
      updatedAt: at,
      dataItems: [
        { position: 0, name: "统一社会信用代码", dataType: "string", length: 18, description: "18位" },
        { position: 1, name: "登记日期", dataType: "date", length: null, description: "" },
      ],
    });
    const second = await createResourceRepository(database.prisma).findById(rows[1]!.id);
    expect(second).toMatchObject({
      sharingMethods: [],
      relatedCodes: [],
      formatDetail: "其他",
      publishDate: new Date("2017-01-02T00:00:00Z"),
    });
    const stored = await database.prisma.informationResource.findUnique({
      where: { id: rows[0]!.id },
      select: { searchTokens: true, searchText: true },
    });
    expect(stored).toEqual({ searchTokens: ["批量", "量资", "x"], searchText: "批量资源1" });
    const versions = await createResourceVersionRepository(database.prisma).list(rows[1]!.id);
    expect(versions).toEqual([
      expect.objectContaining({ version: 1, status: "draft", content: rows[1]!.snapshot, createdAt: at }),
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
    const events = Array.from({ length: 1203 }, (_, index) => ({
      at: new Date(Date.UTC(2026, 0, 1, 0, 0, 0, index)),
      actorId: null,
      actorLabel: "导入",
      action: "test.bulk",
      subjectType: "resource",
      subjectId: String(index),
      before: index % 2 ? undefined : { 名称: "旧", n: index },
      after: { 名称: "新", date: new Date("2026-01-01T00:00:00Z"), nested: [null, { a: 1 }] },
      requestId: "req",
    }));
    await runInTransactionWithConnection(database, (tx, connection) =>
      createAuditRepository(tx).appendMany(events, connection, database.kind),
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

  it("appends events as an async source yields them, and without events leaves the head alone", async () => {
    const audit = createAuditRepository(database.prisma);
    const headBefore = await database.prisma.auditHead.findUniqueOrThrow({ where: { id: 1 } });
    async function* none() {}
    await runInTransactionWithConnection(database, (tx, connection) =>
      createAuditRepository(tx).appendMany(none(), connection, database.kind),
    );
    expect(await database.prisma.auditHead.findUniqueOrThrow({ where: { id: 1 } })).toEqual(headBefore);

    async function* streamed() {
      for (let index = 0; index < 2001; index++) {
        if (index % 500 === 0) await new Promise((resolve) => setImmediate(resolve));
        yield {
          at: new Date(Date.UTC(2026, 1, 1, 0, 0, 0, index)),
          actorId: null,
          actorLabel: "导入",
          action: "test.streamed",
          subjectType: "resource",
          subjectId: String(index),
          after: { 序号: index },
          requestId: "req",
        };
      }
    }
    await runInTransactionWithConnection(database, (tx, connection) =>
      createAuditRepository(tx).appendMany(streamed(), connection, database.kind),
    );
    expect(await audit.verifyChain()).toMatchObject({ ok: true, problem: null });
    const events = await database.prisma.auditEvent.findMany({
      where: { action: "test.streamed" },
      orderBy: { seq: "asc" },
    });
    expect(events.map((event) => event.subjectId)).toEqual(Array.from({ length: 2001 }, (_, i) => String(i)));
    expect(events[0]!.seq).toBe(headBefore.lastSeq + 1n);
    expect(events.at(-1)!.after).toEqual({ 序号: 2000 });
  });

  it("counts a search's matches exactly up to the cap or the page's end, and says when it stopped", async () => {
    const many = Array.from({ length: TOTAL_CAP + 5 }, (_, index) =>
      newDraft(1000 + index, { name: index % 3 ? `测试封顶${index}` : `封顶测试${index}` }),
    ).map((row) => ({ ...row, searchTokens: ["封顶"], searchText: row.snapshot.name }));
    await insert(many);
    const repository = createResourceRepository(database.prisma);
    const search = (skip: number, sort: "relevance" | "name") =>
      repository.search({
        skip,
        take: 20,
        sort: { field: sort, direction: "asc" },
        tokens: ["封顶"],
        terms: ["封顶"],
      });
    for (const sort of ["relevance", "name"] as const) {
      const first = await search(0, sort);
      expect(first).toMatchObject({ total: TOTAL_CAP, totalCapped: true });
      expect(first.items).toHaveLength(20);
      // the cap's last page says more match, so the next page can be asked for
      const last = await search(TOTAL_CAP - 20, sort);
      expect(last).toMatchObject({ total: TOTAL_CAP, totalCapped: true });
      // a page past the cap has its rows, and counts up to its own end: all 1005 here
      const deep = await search(TOTAL_CAP, sort);
      expect(deep.items).toHaveLength(5);
      expect(deep).toMatchObject({ total: TOTAL_CAP + 5, totalCapped: false });
      const past = await search(TOTAL_CAP + 20, sort);
      expect(past).toMatchObject({ items: [], total: TOTAL_CAP + 5, totalCapped: false });
    }
    // every page orders the same matches the same way: together the pages, the one past the cap
    // included, hold every match once
    const seen = new Set<string>();
    for (let skip = 0; skip < TOTAL_CAP + 5; skip += 100) {
      const page = await repository.search({
        skip,
        take: 100,
        sort: { field: "relevance", direction: "asc" },
        tokens: ["封顶"],
        terms: ["封顶"],
      });
      for (const item of page.items) {
        expect(seen.has(item.id)).toBe(false);
        seen.add(item.id);
      }
    }
    expect(seen.size).toBe(TOTAL_CAP + 5);
    const exact = await repository.search({
      skip: 0,
      take: 20,
      sort: { field: "code", direction: "asc" },
      tokens: ["量资"],
    });
    expect(exact).toMatchObject({ total: 2, totalCapped: false });
  });

  it("reads common tokens' matches from the table once statistics say they are common, with the same results", async () => {
    // 常见 is in most resources of this database, 少见 in 1000 of those: common enough as if independent,
    // fewer together than a window; every third name starts with the ranked term
    const common = Array.from({ length: 3000 }, (_, index) =>
      newDraft(5000 + index, { name: index % 3 ? `常见资源${index}` : `资源常见${index}` }),
    ).map((row, index) => ({
      ...row,
      searchTokens: index % 3 === 1 ? ["常见", "少见", "x"] : ["常见", "x"],
      searchText: row.snapshot.name,
    }));
    await insert(common);
    const repository = createResourceRepository(database.prisma);
    const search = (
      tokens: string[],
      skip: number,
      sort: ResourceSearch["sort"]["field"],
    ): ResourceSearch => ({
      skip,
      take: 50,
      sort: { field: sort, direction: "asc" },
      tokens,
      terms: ["常见"],
    });
    // pages within the cap, across it, and of a combination the table's head holds too few of
    const pages = async () => {
      const results = [];
      for (const [tokens, skip] of [
        [["常见"], 0],
        [["常见"], 500],
        [["常见"], TOTAL_CAP - 10],
        [["常见", "少见"], 0],
        [["常见", "少见"], TOTAL_CAP - 50],
      ] as const) {
        for (const sort of ["relevance", "name"] as const) {
          const page = await repository.search(search([...tokens], skip, sort));
          results.push({
            total: page.total,
            totalCapped: page.totalCapped,
            ids: page.items.map((item) => item.id),
          });
        }
      }
      return results;
    };

    // no statistics yet: the index
    forgetTokenStatistics(database.prisma);
    expect(await tokenShare(database.prisma, ["常见"])).toBe(0);
    expect(await chooseSearchPlan(database.prisma, search(["常见"], 0, "relevance"))).toBe("index");
    const throughIndex = await pages();

    await database.prisma.$executeRawUnsafe("ANALYZE information_resource");
    forgetTokenStatistics(database.prisma);
    expect(await tokenShare(database.prisma, ["常见"])).toBeGreaterThan(0.5);
    // as if independent
    expect(await tokenShare(database.prisma, ["常见", "少见"])).toBeCloseTo(
      (await tokenShare(database.prisma, ["常见"])) * (await tokenShare(database.prisma, ["少见"])),
    );
    expect(await chooseSearchPlan(database.prisma, search(["常见"], 0, "relevance"))).toBe("table");
    expect(await chooseSearchPlan(database.prisma, search(["常见", "少见"], 0, "relevance"))).toBe("table");
    // a filter may leave few matches: the index again
    expect(await chooseSearchPlan(database.prisma, { ...search(["常见"], 0, "relevance"), providerId })).toBe(
      "index",
    );
    const fromTable = await pages();

    expect(fromTable).toEqual(throughIndex);
    expect(fromTable[0]).toMatchObject({ total: TOTAL_CAP, totalCapped: true });
    expect(fromTable[6]).toMatchObject({ total: TOTAL_CAP, totalCapped: false });
    expect(fromTable.every((page) => page.ids.length === 50)).toBe(true);
  });

  it("asks the index for a bigram run's rarest bigram only, and finds the same resources", async () => {
    // the term 甲乙丙丁 (bigrams 甲乙 乙丙 丙丁): 400 resources hold only 甲乙丙, 20 only 丙丁, 30 the term
    const kinds = [
      ...Array.from({ length: 400 }, () => ({ tokens: ["甲乙", "乙丙"], text: "甲乙丙" })),
      ...Array.from({ length: 20 }, () => ({ tokens: ["丙丁"], text: "丙丁" })),
      ...Array.from({ length: 30 }, () => ({ tokens: ["甲乙", "乙丙", "丙丁"], text: "前甲乙丙丁后" })),
    ];
    await insert(
      kinds.map((kind, index) => ({
        ...newDraft(9000 + index),
        searchTokens: kind.tokens,
        searchText: kind.text,
      })),
    );
    const run = ["甲乙", "乙丙", "丙丁"];
    const repository = createResourceRepository(database.prisma);
    const find = async (bigramRuns?: string[][]) => {
      const page = await repository.search({
        skip: 0,
        take: 100,
        sort: { field: "code", direction: "asc" },
        tokens: run,
        bigramRuns,
        terms: ["甲乙丙丁"],
      });
      return { total: page.total, codes: page.items.map((item) => item.code) };
    };
    const everyToken = await find();
    expect(everyToken.total).toBe(30);

    // the statistics do not know these tokens yet: all of them are asked for
    forgetTokenStatistics(database.prisma);
    expect(await indexTokens(database.prisma, run, [run])).toEqual(run);
    await database.prisma.$executeRawUnsafe("ANALYZE information_resource");
    forgetTokenStatistics(database.prisma);
    expect(await indexTokens(database.prisma, run, [run])).toEqual(["丙丁"]);
    // tokens outside the runs stay; a token the statistics do not list is the rarest, and is kept
    expect(await indexTokens(database.prisma, ["x", ...run], [run])).toEqual(["x", "丙丁"]);
    expect(await indexTokens(database.prisma, ["甲乙", "乙戊"], [["甲乙", "乙戊"]])).toEqual(["乙戊"]);
    // the re-check of the term turns away the 20 resources holding only 丙丁
    expect(await find([run])).toEqual(everyToken);
  });
});
