import {
  dropStagedRows,
  findRepeatedKeys,
  findUnmatchedItems,
  readStagedItems,
  readStagedResources,
  runInTransactionWithConnection,
  stageRows,
  type Connection,
  type Database,
  type RepeatedKeys,
  type SheetRow,
  type StagedRows,
  type StagedSheet,
  type UnmatchedItems,
} from "@govshare/db";
import { createCodeScan, type CodeScan } from "./code-allocator.ts";
import { sheetOf, type RowSink, type Sheet, type SheetName } from "./read-workbook.ts";
import {
  batchItemsOf,
  checkItemRow,
  itemKeysOf,
  type BatchItems,
  type ReportError,
} from "./rows-to-resources.ts";
import { ITEM_SHEET, RESOURCE_COLUMNS, RESOURCE_SHEET } from "./template.ts";

/**
 * A file on its way through an import: its rows go to the database as they are read (a staging table,
 * db's import-staging-repository.ts) and come back a chunk at a time to be checked and written. What the
 * server keeps of the file is then the same for 100 rows as for 100k: the headers, counters, the codes
 * seen (checked per row) and one chunk.
 */

/**
 * 信息资源 rows per staged group (a page): an import reads them back in chunks of whole pages. A group
 * per sheet row would cost the database a row, two index entries and a JSON record each: for 10k
 * resources with 75k items, staging took 1.3 s on PostgreSQL and 1.05 s on PGlite as single rows,
 * 1.0 and 0.6 s in groups.
 */
export const RESOURCE_PAGE_ROWS = 100;
/** 信息项 rows per group at most: a resource's consecutive items are one group, however many. */
const ITEM_GROUP_ROWS = 1000;
/** Sheet rows sent to the staging table per statement (at least). */
const STAGE_ROWS = 2000;

const sheetNumber: Record<SheetName, StagedSheet> = { [RESOURCE_SHEET]: 1, [ITEM_SHEET]: 2 };

/** What the reading of a file leaves for checking it. */
export interface StagedFile {
  importId: string;
  /** rows of the 信息资源 sheet */
  resourceRows: number;
  resourceColumns: Map<string, number>;
  itemColumns: Map<string, number>;
  /** every row's code and classification, for the code allocator */
  codes: CodeScan;
}

/**
 * Groups one sheet's rows and stages them STAGE_ROWS or so at a time. A group is only sent whole:
 * a page's position must stay its row index / RESOURCE_PAGE_ROWS.
 */
function createSheetStager(stage: (groups: StagedRows[]) => Promise<void>) {
  let pending: StagedRows[] = [];
  let pendingRows = 0;
  let position = 0;
  const flush = async () => {
    const groups = pending;
    pending = [];
    pendingRows = 0;
    if (groups.length) await stage(groups);
  };
  return {
    /** adds `row` to the open group if it has the same key and room, else to a new one */
    async add(row: SheetRow, resourceKey: string | null, groupRows: number) {
      const open = pending.at(-1);
      if (!open || open.resourceKey !== resourceKey || open.rows.length >= groupRows) {
        if (pendingRows >= STAGE_ROWS) await flush();
        pending.push({ position: position++, resourceKey, rows: [row] });
      } else {
        open.rows.push(row);
      }
      pendingRows++;
    },
    flush,
  };
}

/**
 * A sink for the reader that stages each sheet's rows for `importId`, each statement in a short
 * transaction of its own (on PGlite, other users' queries run between them). 信息项 rows are checked by
 * themselves on the way (`report`); a row that names no resource is reported, not staged.
 */
export function createStagingSink(database: Database, importId: string, report: ReportError) {
  const file: StagedFile = {
    importId,
    resourceRows: 0,
    resourceColumns: new Map(),
    itemColumns: new Map(),
    codes: createCodeScan(),
  };
  // each statement is waited for: staging the next while one is stored (two transactions at once)
  // made a 10k-row import slower on PostgreSQL, 6.2 → 7.3 s, and no faster on PGlite
  const stagerOf = (sheet: StagedSheet) =>
    createSheetStager((groups) =>
      runInTransactionWithConnection(database, (_tx, connection) =>
        stageRows(connection, database.kind, importId, sheet, groups),
      ),
    );
  const stagers = { 1: stagerOf(1), 2: stagerOf(2) };
  let closed = false;

  const sink: RowSink = {
    header(sheet, columns) {
      if (sheet === RESOURCE_SHEET) file.resourceColumns = columns;
      else file.itemColumns = columns;
    },
    async row(sheet, rowNumber, cells) {
      // a read that timed out goes on in the background: it must not stage rows after the cleanup
      if (closed) throw new Error("the import has ended");
      if (sheetNumber[sheet] === 1) {
        const cell = (header: string) => cells[file.resourceColumns.get(header) ?? -1] ?? "";
        file.codes.note(cell(RESOURCE_COLUMNS.code), cell(RESOURCE_COLUMNS.classification));
        file.resourceRows++;
        await stagers[1].add({ rowNumber, cells }, null, RESOURCE_PAGE_ROWS);
      } else {
        const resourceKey = checkItemRow(file.itemColumns, rowNumber, cells, report);
        if (resourceKey !== null) await stagers[2].add({ rowNumber, cells }, resourceKey, ITEM_GROUP_ROWS);
      }
    },
  };

  return {
    sink,
    /** stages what is left once the reader is done, and says what was read */
    async finish(): Promise<StagedFile> {
      await stagers[1].flush();
      await stagers[2].flush();
      return file;
    },
    /** no rows are staged after this */
    close() {
      closed = true;
    },
  };
}

/** A chunk of the 信息资源 sheet, with the 信息项 rows of its resources. */
export interface StagedChunk {
  resources: Sheet;
  items: BatchItems;
}

/**
 * The 信息资源 rows from `from` (a multiple of RESOURCE_PAGE_ROWS) on, `pages` pages of them, and
 * their items, read on `connection`.
 */
export async function readChunk(
  connection: Connection,
  file: StagedFile,
  from: number,
  pages: number,
): Promise<StagedChunk> {
  const groups = await readStagedResources(connection, file.importId, from / RESOURCE_PAGE_ROWS, pages);
  const resources = sheetOf(
    file.resourceColumns,
    groups.flatMap((group) => group.rows),
  );
  const keys = new Set<string>();
  for (let row = 0; row < resources.rowNumbers.length; row++) {
    for (const key of itemKeysOf(resources, row)) keys.add(key);
  }
  const itemGroups = await readStagedItems(connection, file.importId, [...keys]);
  return {
    resources,
    items: batchItemsOf(
      sheetOf(
        file.itemColumns,
        itemGroups.flatMap((group) => group.rows),
      ),
      itemGroups.flatMap((group) => group.rows.map(() => group.resourceKey)),
    ),
  };
}

/** Where the 信息资源 sheet's code and name columns are among the staged texts. */
const keyColumnsOf = (file: StagedFile) => ({
  code: file.resourceColumns.get(RESOURCE_COLUMNS.code),
  name: file.resourceColumns.get(RESOURCE_COLUMNS.name),
});

/**
 * 信息项 keys that no 信息资源 row of the file has (a mistyped code or name): at most `limit`, each
 * with its first row.
 */
export function unmatchedItems(
  connection: Connection,
  file: StagedFile,
  limit: number,
): Promise<UnmatchedItems[]> {
  if (file.itemColumns.size === 0) return Promise.resolve([]);
  return findUnmatchedItems(connection, file.importId, keyColumnsOf(file), limit);
}

/** Codes and names that more than one 信息资源 row of the file has, each with its first row. */
export function repeatedKeys(connection: Connection, file: StagedFile): Promise<RepeatedKeys> {
  return findRepeatedKeys(connection, file.importId, keyColumnsOf(file));
}

/** Removes the import's staged rows (and any a stopped server left a day or more ago). */
export function dropStaged(database: Database, importId: string): Promise<void> {
  return runInTransactionWithConnection(database, (_tx, connection) => dropStagedRows(connection, importId));
}
