import { createTestDatabase, makeDepartment, type TestDatabase } from "@govshare/db/testing";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContext } from "../context.ts";
import { appRouter } from "../root.ts";
import { createCallerFactory } from "../trpc.ts";

let database: TestDatabase;
const createCaller = createCallerFactory(appRouter);
const caller = async () => createCaller(await createContext({ database, requestId: "test" }));

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database?.destroy());

describe("departments.list", () => {
  it("returns one page with the total, sorted as asked", async () => {
    const town = await makeDepartment(database, { kind: "town", name: "列表测试镇" });
    for (const name of ["一社区", "二社区", "三社区"]) {
      await makeDepartment(database, { kind: "community", name, parentId: town.id });
    }
    const api = await caller();
    const page = await api.departments.list({
      page: 2,
      pageSize: 2,
      sort: { field: "name", direction: "asc" },
      filters: { parentId: town.id },
    });
    expect(page).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(page.items).toHaveLength(1);
    expect(page.items[0]).toEqual({
      id: expect.any(String),
      code: expect.any(String),
      name: expect.any(String),
      kind: "community",
      parentId: town.id,
      sortOrder: 0,
    });
  });

  it("refuses bad paging with a bilingual BAD_REQUEST", async () => {
    const api = await caller();
    const error = await api.departments.list({ page: 0, pageSize: 1000 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TRPCError);
    expect((error as TRPCError).code).toBe("BAD_REQUEST");
  });
});
