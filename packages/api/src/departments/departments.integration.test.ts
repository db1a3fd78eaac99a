import { createTestDatabase, makeDepartment, type TestDatabase } from "@govshare/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerWith, signedInUser } from "../testing.ts";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database?.destroy());

describe("departments", () => {
  it("lists one page with the total, sorted as asked", async () => {
    const town = await makeDepartment(database, { kind: "town", name: "列表测试镇" });
    for (const name of ["一社区", "二社区", "三社区"]) {
      await makeDepartment(database, { kind: "community", name, parentId: town.id });
    }
    const api = await (await signedInUser(database, ["officer"])).caller();
    const page = await api.departments.list({
      page: 2,
      pageSize: 2,
      sort: { field: "name", direction: "asc" },
      filters: { parentId: town.id },
    });
    expect(page).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(page.items).toEqual([
      {
        id: expect.any(String),
        code: expect.any(String),
        name: "二社区",
        kind: "community",
        parentId: town.id,
        sortOrder: 0,
      },
    ]);
  });

  it("searches for % and _ as the characters themselves, not as wildcards", async () => {
    const town = await makeDepartment(database, { kind: "town", name: "通配测试镇" });
    await makeDepartment(database, { kind: "community", name: "百分之百%社区", parentId: town.id });
    await makeDepartment(database, { kind: "community", name: "普通社区", parentId: town.id });
    const api = await (await signedInUser(database, ["officer"])).caller();
    const names = async (q: string) =>
      (await api.departments.list({ filters: { q, parentId: town.id } })).items.map((item) => item.name);
    expect(await names("%")).toEqual(["百分之百%社区"]);
    expect(await names("_")).toEqual([]);
  });

  it("refuses bad paging with BAD_REQUEST, and anonymous callers with UNAUTHORIZED", async () => {
    const api = await (await signedInUser(database, ["officer"])).caller();
    await expect(api.departments.list({ page: 0, pageSize: 1000 })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect((await callerWith(database)).departments.list({})).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
  });

  it("builds the tree with children under their parent", async () => {
    const town = await makeDepartment(database, { kind: "town", name: "树测试镇" });
    const village = await makeDepartment(database, { kind: "village", name: "树测试村", parentId: town.id });
    const api = await (await signedInUser(database, ["supervisor"])).caller();
    const tree = await api.departments.tree();
    const node = tree.find((n) => n.id === town.id);
    expect(node?.children.map((c) => c.id)).toEqual([village.id]);
  });

  it("lets the centre create and move departments, refusing clashes and cycles", async () => {
    const centre = await (await signedInUser(database, ["centre"])).caller();
    const town = await centre.departments.create({
      code: "T-CREATE-1",
      name: "新建测试镇",
      kind: "town",
      parentId: null,
    });
    const village = await centre.departments.create({
      code: "T-CREATE-2",
      name: "新建测试村",
      kind: "village",
      parentId: town.id,
    });
    await expect(
      centre.departments.create({ code: "T-CREATE-2", name: "别的名字", kind: "village", parentId: town.id }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(centre.departments.update({ id: town.id, parentId: village.id })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    const sorted = await centre.departments.update({ id: village.id, sortOrder: 7 });
    expect(sorted.sortOrder).toBe(7);
    const renamed = await centre.departments.update({ id: village.id, name: "改名测试村" });
    expect(renamed).toMatchObject({ name: "改名测试村", sortOrder: 7 }); // fields left out stay as they are
  });
});
