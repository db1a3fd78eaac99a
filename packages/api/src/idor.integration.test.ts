import { createTestDatabase, makeDepartment, type TestDatabase } from "@govshare/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerWith, signedInUser } from "./testing.ts";

// Every procedure that takes an id, called with an id that belongs to someone else.
let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database?.destroy());

describe("cross-department and cross-user access by id", () => {
  it("tokens.revoke: another user's token reads as not found and keeps working", async () => {
    const owner = await (await signedInUser(database, ["officer"])).caller();
    const { token, secret } = await owner.tokens.create({ name: "owner's" });
    const other = await (await signedInUser(database, ["admin"])).caller();
    await expect(other.tokens.revoke({ id: token.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await (await callerWith(database, { bearerToken: secret })).auth.me()).not.toBeNull();
  });

  it("users.get / users.update / users.endSessions: an officer cannot reach a user of another department", async () => {
    const victim = await signedInUser(database, ["officer"]);
    const officer = await (await signedInUser(database, ["officer"])).caller();
    await expect(officer.users.get({ id: victim.user.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(officer.users.update({ id: victim.user.id, disabled: true })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(officer.users.endSessions({ id: victim.user.id })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(
      await (await callerWith(database, { sessionToken: victim.sessionToken })).auth.me(),
    ).not.toBeNull();
  });

  it("users.update: the centre cannot change an administrator nor hand out the admin role", async () => {
    const admin = await signedInUser(database, ["admin"]);
    const centre = await (await signedInUser(database, ["centre"])).caller();
    await expect(centre.users.update({ id: admin.user.id, disabled: true })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const officer = await signedInUser(database, ["officer"]);
    await expect(
      centre.users.update({ id: officer.user.id, roles: ["officer", "admin"] }),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const unchanged = await database.prisma.user.findUniqueOrThrow({ where: { id: officer.user.id } });
    expect(unchanged.roles).toEqual(["officer"]);
  });

  it("departments.update: an officer cannot rename even their own department", async () => {
    const department = await makeDepartment(database);
    const officer = await (
      await signedInUser(database, ["officer"], { departmentId: department.id })
    ).caller();
    await expect(officer.departments.update({ id: department.id, name: "被改名" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("users.get with an unknown id is NOT_FOUND for managers, never a 500", async () => {
    const centre = await (await signedInUser(database, ["centre"])).caller();
    await expect(centre.users.get({ id: "01900000-0000-7000-8000-000000000000" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
