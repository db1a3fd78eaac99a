import type { DatabaseKind } from "../database.ts";
import type { Connection } from "../transaction-connection.ts";
import { encodeJsonDocument, jsonDocumentParameter } from "./json-document.ts";

/**
 * A spreadsheet import's rows, kept in the database while the import runs (the ImportStagingRow model
 * says why). Every statement runs on a driver connection: rows travel as one JSON document per batch
 * (bulk-insert.ts says why not through Prisma).
 */

/** Which sheet staged rows come from: 1 = 信息资源, 2 = 信息项. */
export type StagedSheet = 1 | 2;

/** One row of a sheet: its number in the sheet and its texts in the order of the sheet's header. */
export interface SheetRow {
  rowNumber: number;
  cells: string[];
}

/** Consecutive rows of one sheet, kept as one database row (see the ImportStagingRow model). */
export interface StagedRows {
  /** its place among the sheet's staged groups, from 0 */
  position: number;
  /** the resource of 信息项 rows (its code, or `name:` and its name); null on the 信息资源 sheet */
  resourceKey: string | null;
  rows: SheetRow[];
}

/** Rows left behind by an import that did not finish (the server stopped mid-import) expire after a day. */
const STALE_AFTER = "1 day";

/** A sheet row as stored: its number, then its texts. */
type StoredRow = [number, ...string[]];

interface StagedRecord {
  position: number;
  resource_key: string | null;
  rows: StoredRow[];
}

const rowsOf = (result: unknown): StagedRows[] =>
  (result as { rows: StagedRecord[] }).rows.map((record) => ({
    position: record.position,
    resourceKey: record.resource_key,
    rows: record.rows.map(([rowNumber, ...cells]) => ({ rowNumber, cells })),
  }));

/** Keeps `groups` of `sheet` for import `importId`. */
export async function stageRows(
  connection: Connection,
  kind: DatabaseKind,
  importId: string,
  sheet: StagedSheet,
  groups: readonly StagedRows[],
): Promise<void> {
  if (groups.length === 0) return;
  const document = encodeJsonDocument(
    groups.map((group) => ({
      p: group.position,
      k: group.resourceKey,
      r: group.rows.map((row): StoredRow => [row.rowNumber, ...row.cells]),
    })),
    kind,
  );
  await connection.query(
    `INSERT INTO import_staging_row (import_id, sheet, position, resource_key, rows)
     SELECT $2::uuid, $3::smallint, p, k, r
     FROM jsonb_to_recordset(${jsonDocumentParameter(document, 1)}) AS t(p int, k text, r jsonb)`,
    [document, importId, sheet],
  );
}

/** The 信息资源 groups from position `from` on, at most `limit`, in sheet order. */
export async function readStagedResources(
  connection: Connection,
  importId: string,
  from: number,
  limit: number,
): Promise<StagedRows[]> {
  const result = await connection.query(
    `SELECT position, resource_key, rows FROM import_staging_row
     WHERE import_id = $1::uuid AND sheet = 1 AND position >= $2
     ORDER BY position LIMIT $3`,
    [importId, from, limit],
  );
  return rowsOf(result);
}

/** The 信息项 groups of the resources `keys` name, in sheet order. */
export async function readStagedItems(
  connection: Connection,
  importId: string,
  keys: readonly string[],
): Promise<StagedRows[]> {
  if (keys.length === 0) return [];
  const result = await connection.query(
    `SELECT position, resource_key, rows FROM import_staging_row
     WHERE import_id = $1::uuid AND resource_key = ANY($2::text[]) AND sheet = 2
     ORDER BY position`,
    [importId, keys],
  );
  return rowsOf(result);
}

/** Removes import `importId`'s rows, and any an unfinished import left a day or more ago. */
export async function dropStagedRows(connection: Connection, importId: string): Promise<void> {
  await connection.query(
    `DELETE FROM import_staging_row
     WHERE import_id = $1::uuid OR created_at < now() - interval '${STALE_AFTER}'`,
    [importId],
  );
}

/** A 信息项 key that no 信息资源 row of the import has, and the first row filed under it. */
export interface UnmatchedItems {
  resourceKey: string;
  rowNumber: number;
}

/** Where the 信息资源 sheet's code and name are among a staged row's texts (undefined: no such column). */
export interface ResourceKeyColumns {
  code: number | undefined;
  name: number | undefined;
}

/** A stored row is [rowNumber, ...texts]: text `index` is element index + 1 (NULL: no such column). */
const stagedText = (index: number | undefined) => (index === undefined ? "NULL::text" : `row->>${index + 1}`);

/** Codes and names that more than one 信息资源 row has, each with the first row that has it. */
export interface RepeatedKeys {
  codes: Map<string, number>;
  names: Map<string, number>;
}

/**
 * The codes (blank ones aside) and names on more than one 信息资源 row of import `importId`, found in
 * the database so that the import need not keep every row's code and name to notice a repeat.
 */
export async function findRepeatedKeys(
  connection: Connection,
  importId: string,
  columns: ResourceKeyColumns,
): Promise<RepeatedKeys> {
  const result = await connection.query(
    `SELECT kind, key, min((row->>0)::int) AS first_row
     FROM import_staging_row s, jsonb_array_elements(s.rows) AS r(row),
       LATERAL (VALUES ('code', nullif(${stagedText(columns.code)}, '')),
                       ('name', coalesce(${stagedText(columns.name)}, ''))) AS k(kind, key)
     WHERE s.import_id = $1::uuid AND s.sheet = 1 AND key IS NOT NULL
     GROUP BY kind, key HAVING count(*) > 1`,
    [importId],
  );
  const repeated: RepeatedKeys = { codes: new Map(), names: new Map() };
  for (const row of (result as { rows: { kind: string; key: string; first_row: number }[] }).rows) {
    repeated[row.kind === "code" ? "codes" : "names"].set(row.key, Number(row.first_row));
  }
  return repeated;
}

/**
 * The 信息项 keys (a code, or `name:` and a name) of import `importId` that no 信息资源 row has, given
 * where the 信息资源 sheet's code and name are among its texts (undefined: no such column); at most
 * `limit`, by first row.
 */
export async function findUnmatchedItems(
  connection: Connection,
  importId: string,
  columns: ResourceKeyColumns,
  limit: number,
): Promise<UnmatchedItems[]> {
  const result = await connection.query(
    `WITH resource_keys AS (
       SELECT DISTINCT key FROM import_staging_row s, jsonb_array_elements(s.rows) AS r(row),
         LATERAL (VALUES (nullif(${stagedText(columns.code)}, '')),
                         ('name:' || coalesce(${stagedText(columns.name)}, ''))) AS k(key)
       WHERE s.import_id = $1::uuid AND s.sheet = 1 AND key IS NOT NULL
     )
     SELECT resource_key, min((rows->0->>0)::int) AS row_number FROM import_staging_row
     WHERE import_id = $1::uuid AND sheet = 2
       AND NOT EXISTS (SELECT 1 FROM resource_keys WHERE key = resource_key)
     GROUP BY resource_key ORDER BY row_number LIMIT $2`,
    [importId, limit],
  );
  return (result as { rows: { resource_key: string; row_number: number }[] }).rows.map((row) => ({
    resourceKey: row.resource_key,
    rowNumber: Number(row.row_number),
  }));
}
