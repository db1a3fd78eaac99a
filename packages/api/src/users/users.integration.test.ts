import { createTestDatabase, makeDepartment, type TestDatabase } from "@govshare/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signedInUser } from "../testing.ts";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database?.destroy());

describe("users", () => {
  it("lists users filtered by role, department and text", async () => {
    const department = await makeDepartment(database);
    const centre = await (await signedInUser(database, ["centre"])).caller();
    const officer = await centre.users.create({
      username: "filter-officer",
      displayName: "筛选测试员",
      departmentId: department.id,
      roles: ["officer"],
      password: "long-enough-password",
    });
    await centre.users.create({
      username: "filter-supervisor",
      displayName: "筛选督查员",
      departmentId: department.id,
      roles: ["supervisor"],
      password: "long-enough-password",
    });
    const byRole = await centre.users.list({ filters: { role: "officer", departmentId: department.id } });
    expect(byRole.items.map((user) => user.id)).toEqual([officer.id]);
    const byText = await centre.users.list({ filters: { q: "筛选" } });
    expect(byText.total).toBe(2);
  });

  it("refuses a taken username with CONFLICT on the field, and a short password", async () => {
    const admin = await (await signedInUser(database, ["admin"])).caller();
    const department = await makeDepartment(database);
    const input = {
      username: "taken-name",
      displayName: "甲",
      departmentId: department.id,
      roles: ["officer" as const],
      password: "long-enough-password",
    };
    await admin.users.create(input);
    await expect(admin.users.create(input)).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(
      admin.users.create({ ...input, username: "other-name", password: "short" }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });
});
