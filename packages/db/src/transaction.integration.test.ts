import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, makeDepartment, type TestDatabase } from "./testing/index.ts";
import { runInTransaction, runInTransactionWithConnection } from "./transaction.ts";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database?.destroy());

const departmentCodes = async () =>
  (await database.prisma.department.findMany({ select: { code: true } })).map(({ code }) => code);

const insertDepartment = (code: string) =>
  `INSERT INTO department (id, code, name, kind, created_at, updated_at)
   VALUES (gen_random_uuid(), '${code}', '连接测试${code}', 'bureau', now(), now())`;

describe(`a transaction's own connection (${process.env.TEST_DB})`, () => {
  it("runs its statements inside the transaction: seen by Prisma's queries there, committed with it", async () => {
    const seenInside = await runInTransactionWithConnection(database, async (tx, connection) => {
      await connection.query(insertDepartment("conn-commit"));
      return tx.department.count({ where: { code: "conn-commit" } });
    });
    expect(seenInside).toBe(1);
    expect(await departmentCodes()).toContain("conn-commit");
  });

  it("rolls its statements back with the transaction", async () => {
    await expect(
      runInTransactionWithConnection(database, async (_tx, connection) => {
        await connection.query(insertDepartment("conn-rollback"));
        throw new Error("changed my mind");
      }),
    ).rejects.toThrow("changed my mind");
    expect(await departmentCodes()).not.toContain("conn-rollback");
  });

  it("gives concurrent transactions their own connections, and leaves plain transactions alone", async () => {
    await makeDepartment(database); // plain queries and transactions around the captured ones
    const results = await Promise.all([
      runInTransactionWithConnection(database, async (_tx, connection) => {
        await connection.query(insertDepartment("conn-a"));
        return "a";
      }),
      runInTransaction(database, (tx) => tx.department.count()),
      runInTransactionWithConnection(database, async (_tx, connection) => {
        await connection.query(insertDepartment("conn-b"));
        throw new Error("b fails");
      }).catch((error: Error) => error.message),
    ]);
    expect(results[0]).toBe("a");
    expect(results[2]).toBe("b fails");
    const codes = await departmentCodes();
    expect(codes).toContain("conn-a");
    expect(codes).not.toContain("conn-b");
  });
});
