import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing/index.ts";
import { runInTransactionWithConnection } from "../transaction.ts";
import {
  dropStagedRows,
  findRepeatedKeys,
  readStagedItems,
  readStagedResources,
  stageRows,
  type StagedRows,
  type StagedSheet,
} from "./import-staging-repository.ts";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database?.destroy());

const onConnection = <T>(work: Parameters<typeof runInTransactionWithConnection<T>>[1]) =>
  runInTransactionWithConnection(database, work);

const stage = (importId: string, sheet: StagedSheet, groups: StagedRows[]) =>
  onConnection((_tx, connection) => stageRows(connection, database.kind, importId, sheet, groups));

/** A page of `count` 信息资源 rows from row number `first`, their names 资源<number>. */
const page = (position: number, first: number, count: number): StagedRows => ({
  position,
  resourceKey: null,
  rows: Array.from({ length: count }, (_, index) => ({
    rowNumber: first + index,
    cells: ["102001", `资源${first + index}`, ""],
  })),
});

const itemGroup = (position: number, resourceKey: string, rowNumbers: number[]): StagedRows => ({
  position,
  resourceKey,
  rows: rowNumbers.map((rowNumber) => ({ rowNumber, cells: ["", resourceKey, `项${rowNumber}`, "字符型"] })),
});

const stagedCount = (importId: string) => database.prisma.importStagingRow.count({ where: { importId } });

describe(`import staging (${process.env.TEST_DB})`, () => {
  it("gives back pages in order from a position, and a resource's item groups in sheet order", async () => {
    const importId = randomUUID();
    const other = randomUUID();
    await stage(importId, 1, [page(0, 2, 3), page(1, 5, 3), page(2, 8, 1)]);
    await stage(importId, 2, [
      itemGroup(0, "name:资源2", [2, 3]),
      itemGroup(1, "102001/000001", [4]),
      itemGroup(2, "name:资源2", [5]),
      itemGroup(3, "name:资源9", [6]),
    ]);
    // another import's rows with the same keys are not this one's
    await stage(other, 1, [page(0, 2, 1)]);
    await stage(other, 2, [itemGroup(0, "name:资源2", [9])]);

    const pages = await onConnection((_tx, connection) => readStagedResources(connection, importId, 1, 5));
    expect(pages.map((group) => group.position)).toEqual([1, 2]);
    expect(pages[0]!.rows).toEqual([
      { rowNumber: 5, cells: ["102001", "资源5", ""] },
      { rowNumber: 6, cells: ["102001", "资源6", ""] },
      { rowNumber: 7, cells: ["102001", "资源7", ""] },
    ]);
    const first = await onConnection((_tx, connection) => readStagedResources(connection, importId, 0, 1));
    expect(first.map((group) => group.rows.map((row) => row.rowNumber))).toEqual([[2, 3, 4]]);

    const items = await onConnection((_tx, connection) =>
      readStagedItems(connection, importId, ["name:资源2", "102001/000001", "name:没有"]),
    );
    expect(items.map((group) => [group.resourceKey, group.rows.map((row) => row.rowNumber)])).toEqual([
      ["name:资源2", [2, 3]],
      ["102001/000001", [4]],
      ["name:资源2", [5]],
    ]);
    expect(items[0]!.rows[0]!.cells).toEqual(["", "name:资源2", "项2", "字符型"]);
    expect(await onConnection((_tx, connection) => readStagedItems(connection, importId, []))).toEqual([]);

    await onConnection((_tx, connection) => dropStagedRows(connection, importId));
    expect(await stagedCount(importId)).toBe(0);
    expect(await stagedCount(other)).toBe(2);
    await onConnection((_tx, connection) => dropStagedRows(connection, other));
  });

  it("finds the codes and names on more than one 信息资源 row, each with its first row", async () => {
    const importId = randomUUID();
    const other = randomUUID();
    const row = (rowNumber: number, code: string, name: string) => ({
      rowNumber,
      cells: ["102001", name, code],
    });
    await stage(importId, 1, [
      { position: 0, resourceKey: null, rows: [row(9, "C1", "甲"), row(2, "C1", "乙"), row(3, "", "乙")] },
      { position: 1, resourceKey: null, rows: [row(4, "", "丙"), row(5, "C2", "丁"), row(6, "", "")] },
      { position: 2, resourceKey: null, rows: [row(7, "C1", "戊"), row(8, "", "")] },
    ]);
    await stage(other, 1, [{ position: 0, resourceKey: null, rows: [row(2, "C2", "丁")] }]);
    const columns = { code: 2, name: 1 };
    const repeated = await onConnection((_tx, connection) => findRepeatedKeys(connection, importId, columns));
    // blank codes are not codes; a blank name is a name
    expect(repeated.codes).toEqual(new Map([["C1", 2]]));
    expect(repeated.names).toEqual(
      new Map([
        ["乙", 2],
        ["", 6],
      ]),
    );
    // without a code column, only names
    const noCodes = await onConnection((_tx, connection) =>
      findRepeatedKeys(connection, importId, { code: undefined, name: 1 }),
    );
    expect(noCodes.codes.size).toBe(0);
    expect(noCodes.names.get("乙")).toBe(2);
    await onConnection((_tx, connection) => dropStagedRows(connection, importId));
    await onConnection((_tx, connection) => dropStagedRows(connection, other));
  });

  it("removes rows an unfinished import left a day ago, and keeps a running one's", async () => {
    const abandoned = randomUUID();
    const running = randomUUID();
    const finished = randomUUID();
    await stage(abandoned, 1, [page(0, 2, 2)]);
    await stage(running, 1, [page(0, 2, 2)]);
    await stage(finished, 1, [page(0, 2, 2)]);
    await database.prisma.importStagingRow.updateMany({
      where: { importId: abandoned },
      data: { createdAt: new Date(Date.now() - 25 * 3600_000) },
    });
    await database.prisma.importStagingRow.updateMany({
      where: { importId: running },
      data: { createdAt: new Date(Date.now() - 23 * 3600_000) },
    });
    await onConnection((_tx, connection) => dropStagedRows(connection, finished));
    expect(await stagedCount(finished)).toBe(0);
    expect(await stagedCount(abandoned)).toBe(0);
    expect(await stagedCount(running)).toBe(1);
    await onConnection((_tx, connection) => dropStagedRows(connection, running));
  });
});
