import { afterAll, beforeAll, describe, expect, it } from "vitest";
import departmentsSeed from "../../../prisma/seed/departments.json" with { type: "json" };
import { createDepartmentRepository } from "./repositories/department-repository.ts";
import { seedDatabase } from "./seed/index.ts";
import { createTestDatabase, makeDepartment, type TestDatabase } from "./testing/index.ts";
import { migrateDatabase } from "./migrate.ts";
import { openDatabase } from "./database.ts";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database?.destroy());

describe(`database (${process.env.TEST_DB})`, () => {
  it("reports its kind and answers a ping", async () => {
    expect(database.kind).toBe(process.env.TEST_DB);
    await expect(database.ping()).resolves.toBeUndefined();
  });

  it("has nothing left to migrate after creation", async () => {
    expect(await migrateDatabase(database)).toEqual([]);
  });

  it("seeds the district's units once, however often it runs", async () => {
    await seedDatabase(database, { demo: false });
    await seedDatabase(database, { demo: false });
    const departments = createDepartmentRepository(database.prisma);
    const all = await departments.findAll();
    const seededCodes = [departmentsSeed.district.code, ...departmentsSeed.units.map((u) => u.code)];
    expect(all.filter((d) => seededCodes.includes(d.code))).toHaveLength(seededCodes.length);
    const root = await departments.findByCode("410108");
    const bureau = await departments.findByCode("410108-011");
    expect(bureau).toMatchObject({ name: "区工商质监局", kind: "bureau", parentId: root!.id });
  });

  it("pages, sorts and filters departments", async () => {
    const parent = await makeDepartment(database, { kind: "town", name: "分页测试镇" });
    for (const name of ["丙村", "甲村", "乙村"]) {
      await makeDepartment(database, { kind: "village", name, parentId: parent.id });
    }
    const departments = createDepartmentRepository(database.prisma);
    const page1 = await departments.findPage({
      skip: 0,
      take: 2,
      sort: { field: "name", direction: "desc" },
      parentId: parent.id,
    });
    expect(page1.total).toBe(3);
    expect(page1.items).toHaveLength(2);
    const page2 = await departments.findPage({
      skip: 2,
      take: 2,
      sort: { field: "name", direction: "desc" },
      parentId: parent.id,
    });
    const names = [...page1.items, ...page2.items].map((d) => d.name);
    expect(new Set(names)).toEqual(new Set(["丙村", "甲村", "乙村"]));
    expect(names).toEqual([...names].sort().reverse());
    const filtered = await departments.findPage({
      skip: 0,
      take: 10,
      sort: { field: "code", direction: "asc" },
      q: "甲",
      parentId: parent.id,
    });
    expect(filtered.items.map((d) => d.name)).toEqual(["甲村"]);
  });
});

// PostgreSQL only: PGlite has no server to end its connections.
if (process.env.TEST_DB === "postgresql") {
  describe("database (postgresql): connections the server ends", () => {
    it("does not crash the process when the server ends an idle connection while it closes", async () => {
      const url = database.config.kind === "postgresql" ? database.config.url : "";
      const closing = await openDatabase({ kind: "postgresql", url, poolSize: 1 });
      const [{ pid }] = await closing.prisma.$queryRaw<[{ pid: number }]>`SELECT pg_backend_pid() AS pid`;
      // close() first disconnects Prisma, whose adapter then stops listening to the pool; pool.end()
      // resolves before its clients are gone. A backend ended in between (DROP DATABASE … WITH (FORCE),
      // a server shutting down) made the pool emit an error nobody handled: an uncaught exception,
      // which fails this file.
      await closing.prisma.$disconnect();
      await database.prisma.$queryRaw`SELECT pg_terminate_backend(${pid}::int)`;
      await new Promise((resolve) => setTimeout(resolve, 300)); // the pool receives the FATAL message
      await closing.close();
      await expect(closing.ping()).rejects.toThrow("database closed");
      await expect(database.ping()).resolves.toBeUndefined();
    });

    it("keeps an idle connection past the driver's default 10 s, so that its backend stays warm", async () => {
      const url = database.config.kind === "postgresql" ? database.config.url : "";
      const pooled = await openDatabase({ kind: "postgresql", url, poolSize: 1 });
      try {
        const backend = () => pooled.prisma.$queryRaw<[{ pid: number }]>`SELECT pg_backend_pid() AS pid`;
        const [first] = await backend();
        await new Promise((resolve) => setTimeout(resolve, 11_000));
        const [second] = await backend();
        expect(second.pid).toBe(first.pid);
      } finally {
        await pooled.close();
      }
    }, 20_000);
  });
}
