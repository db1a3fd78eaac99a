import { randomUUID } from "node:crypto";
import { setImmediate as nextTurnOfEventLoop } from "node:timers/promises";
import {
  createDepartmentRepository,
  createResourceRepository,
  createResourceVersionRepository,
  encodeDrafts,
  insertDrafts,
  type EncodedDrafts,
  runInTransactionWithConnection,
  type Connection,
  type NewDraft,
  type ResourceDetailRow,
  type Transaction,
} from "@govshare/db";
import { AppError, diffResources, parseResourceCode, searchText, searchTokens } from "@govshare/domain";
import { bilingual, ZResourceContentSchema, type TResourceContent } from "@govshare/validators";
import { createAuditBuffer, type AuditBuffer } from "../../audit/record.ts";
import { requireSignedIn } from "../../auth/guards.ts";
import type { Context } from "../../context.ts";
import type { SignedInContext } from "../../trpc.ts";
import { contentOfRow, pendingRevisionOf, searchableTexts, snapshotOfInput } from "../mapping.ts";
import { editModeOf, updateResourceIn } from "../service.ts";
import type { CodeAllocator } from "./code-allocator.ts";
import {
  createStagingSink,
  dropStaged,
  readChunk,
  repeatedKeys,
  RESOURCE_PAGE_ROWS,
  unmatchedItems,
  type StagedFile,
} from "./import-staging.ts";
import { cellOf, readCatalogueCsv, readCatalogueXlsx, type OnRead } from "./read-workbook.ts";
import {
  createRowChecker,
  type DepartmentLookup,
  type ImportError,
  type ImportRow,
  type ReportError,
} from "./rows-to-resources.ts";
import { ITEM_COLUMNS, ITEM_SHEET, RESOURCE_COLUMNS, RESOURCE_SHEET } from "./template.ts";
import { createWritePipeline } from "./write-pipeline.ts";

export type ImportFileKind = "xlsx" | "csv";

/** All rows or none means one transaction; 10k rows take longer than an ordinary request may. */
const IMPORT_TRANSACTION_TIMEOUT_MS = 10 * 60_000;
/**
 * Rows checked, looked up and written together. Few enough that a batch's objects (its checked rows,
 * their drafts with ~100 search tokens each, the document in flight) die in the young generation: a
 * batch of 1000 outlived two scavenges, was copied into the old generation, and stayed there as garbage
 * until the next full GC. In the bench, 100 instead of 1000 lowered a 10k-row import's peak V8 heap from
 * about 205 to 165 MB on PostgreSQL and from 225 to 170 MB on PGlite, in the same time.
 */
const BATCH_ROWS = 100;
/**
 * Rows of the 信息资源 sheet read back from the staging table at a time, with their items. Reading
 * waits for the writes before it on the transaction's connection: a chunk of several batches keeps
 * that wait rare, and small enough that what the server holds of the file stays the same for any file.
 */
const CHUNK_PAGES = 5;
const CHUNK_ROWS = CHUNK_PAGES * RESOURCE_PAGE_ROWS;
/** The preview shows the first problems in sheet order; beyond those kept only the count grows. */
const SHOWN_ERRORS = 500;
const KEPT_ERRORS = 5000;

export interface ImportPreview {
  ok: boolean;
  totalRows: number;
  creates: number;
  updates: number;
  /** rows equal to what the catalogue holds: left alone (export → import changes nothing) */
  unchanged: number;
  errorCount: number;
  /** the first 500 problems, in sheet order */
  errors: ImportError[];
}

/**
 * How far an import has got, for a progress bar: reading the file (`done`: rows of both sheets so far;
 * their number is not known before the end), then checking its rows (a preview) or checking and
 * writing them (a commit), in rows of the 信息资源 sheet.
 */
export type ImportProgress =
  { phase: "read"; done: number; total: null } | { phase: "check" | "write"; done: number; total: number };

export type OnImportProgress = (progress: ImportProgress) => void;

const ignoreProgress: OnImportProgress = () => {};

/** What one batch of rows asks for. */
interface Batch {
  creates: ImportRow[];
  updates: (ImportRow & { id: string })[];
}

/**
 * How a commit writes: each batch in the background, on the transaction's own connection. `settle`
 * waits for those writes: Prisma's queries on the same transaction must not overlap them.
 */
interface ImportWrites {
  write(batch: Batch): Promise<void>;
  settle(): Promise<void>;
}

/** The problems found so far: the first KEPT_ERRORS of them, and how many in all. */
function createErrorLog() {
  const log = {
    errors: [] as ImportError[],
    count: 0,
    report: ((error) => {
      log.count++;
      if (log.errors.length < KEPT_ERRORS) log.errors.push(error);
    }) satisfies ReportError,
  };
  return log;
}
type ErrorLog = ReturnType<typeof createErrorLog>;

/** Reads the file into the staging table as import `importId` (see import-staging.ts). */
async function stageFile(
  ctx: SignedInContext,
  kind: ImportFileKind,
  buffer: Buffer,
  importId: string,
  log: ErrorLog,
  onProgress: OnImportProgress,
): Promise<StagedFile> {
  const staging = createStagingSink(ctx.database, importId, log.report);
  const onRead: OnRead = (rows) => onProgress({ phase: "read", done: rows, total: null });
  try {
    await (kind === "csv" ? readCatalogueCsv : readCatalogueXlsx)(buffer, staging.sink, onRead);
    return await staging.finish();
  } finally {
    staging.close();
  }
}

/** Runs `work` for a new import, and removes the rows it staged afterwards, whatever happened. */
async function withImport<T>(ctx: SignedInContext, work: (importId: string) => Promise<T>): Promise<T> {
  const importId = randomUUID();
  try {
    return await work(importId);
  } finally {
    // the import's own outcome stands if this fails: its answer says what happened to the catalogue,
    // and rows left behind go with an import a day later (dropStaged)
    await dropStaged(ctx.database, importId).catch(() => {});
  }
}

/**
 * How a walk reads the staged file: on the commit's transaction's connection, or (a preview) each read
 * in a short transaction of its own, so that on PGlite other users' queries run in between.
 */
type OnConnection = <T>(work: (connection: Connection) => Promise<T>) => Promise<T>;

/** Reports the 信息项 rows whose resource is not in the file (at most KEPT_ERRORS keys). */
async function reportUnmatchedItems(file: StagedFile, onConnection: OnConnection, report: ReportError) {
  const unmatched = await onConnection((connection) => unmatchedItems(connection, file, KEPT_ERRORS));
  for (const { resourceKey, rowNumber } of unmatched) {
    const name = resourceKey.startsWith("name:") ? resourceKey.slice("name:".length) : null;
    report(
      name === null
        ? {
            sheet: ITEM_SHEET,
            row: rowNumber,
            column: ITEM_COLUMNS.resourceCode,
            message: `「${RESOURCE_SHEET}」工作表中没有代码为 ${resourceKey} 的信息资源`,
          }
        : {
            sheet: ITEM_SHEET,
            row: rowNumber,
            column: ITEM_COLUMNS.resourceName,
            message: `「${RESOURCE_SHEET}」工作表中没有名称为「${name}」的信息资源`,
          },
    );
  }
}

async function departmentLookup(tx: Transaction): Promise<DepartmentLookup> {
  const departments: DepartmentLookup = new Map();
  for (const department of await createDepartmentRepository(tx).findAll()) {
    departments.set(department.name, department.id);
    departments.set(department.code, department.id);
  }
  return departments;
}

/** A resource of the catalogue that a row's code names. */
interface ExistingResource {
  id: string;
  providerId: string;
  /** what a row is completed from (see currentContent) */
  content: TResourceContent;
  /** what the catalogue shows, and an export writes */
  published: TResourceContent;
  /** why the console could not edit it now (under review, retired), in Chinese; null when it can */
  frozen: string | null;
}

/** Why an update of the resource would be refused now, or null (the message's Chinese half). */
function frozenReason(row: ResourceDetailRow): string | null {
  try {
    editModeOf(row);
    return null;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return error.message.split(" / ")[0]!;
  }
}

/**
 * The content a row of the file is completed from: the catalogue's, or, while the importer's department
 * edits a revision of it, the revision's (an update goes on with it, as the console's edit does).
 */
async function currentContent(
  ctx: SignedInContext,
  tx: Transaction,
  row: ResourceDetailRow,
): Promise<TResourceContent> {
  const pending = pendingRevisionOf(row);
  if (pending?.status !== "draft" || row.providerId !== ctx.actor.departmentId) return contentOfRow(row);
  const revision = await createResourceVersionRepository(tx).find(row.id, pending.version);
  return ZResourceContentSchema.parse(revision!.content);
}

/**
 * The catalogue's resources among a batch's codes: one query (none for a batch of new resources), and
 * one more per revision the importer's department is editing.
 */
async function existingByCode(ctx: SignedInContext, tx: Transaction, codes: string[], writes?: ImportWrites) {
  const existing = new Map<string, ExistingResource>();
  if (codes.length === 0) return existing;
  await writes?.settle();
  for (const found of await createResourceRepository(tx).findByCodes(codes)) {
    existing.set(found.code, {
      id: found.id,
      providerId: found.providerId,
      content: await currentContent(ctx, tx, found),
      published: contentOfRow(found),
      frozen: frozenReason(found),
    });
  }
  return existing;
}

/**
 * A batch's checked rows as creates and updates. A row equal to what the catalogue holds is counted as
 * unchanged, whoever's it is (an officer's export of the whole catalogue imports again without a change).
 * Otherwise the row must be of the importer's department, a known code its resource, and that
 * resource editable now, as in the console (not under review, not retired): the preview says so per row.
 */
function sortRows(
  ctx: SignedInContext,
  checked: ImportRow[],
  existing: Map<string, ExistingResource>,
  counts: { unchanged: number },
  report: ReportError,
): Batch {
  const batch: Batch = { creates: [], updates: [] };
  for (const row of checked) {
    const fail = (column: string, message: string) =>
      report({ sheet: RESOURCE_SHEET, row: row.row, column, message });
    const found = row.input.code ? existing.get(row.input.code) : undefined;
    const equals = (content: TResourceContent) =>
      diffResources(content, snapshotOfInput(row.input, content.code)).length === 0;
    // an export writes the published version: imported again, it leaves a revision alone too
    if (found && (equals(found.content) || equals(found.published))) counts.unchanged++;
    else if (row.input.providerDepartmentId !== ctx.actor.departmentId)
      fail(RESOURCE_COLUMNS.provider, "只能导入本部门的信息资源");
    else if (!found) batch.creates.push(row);
    else if (found.providerId !== ctx.actor.departmentId)
      fail(RESOURCE_COLUMNS.code, "该代码属于其他部门的信息资源");
    else if (found.frozen) fail(RESOURCE_COLUMNS.code, found.frozen);
    else batch.updates.push({ ...row, id: found.id });
  }
  return batch;
}

/**
 * Goes through the staged file a chunk, then a batch of rows at a time: checks every row, looks the
 * batch's codes up (sortRows) and hands the batch to `writes` while no problem has been found. A preview passes no `writes`. Only counts and
 * problems outlive a batch.
 */
async function walkFile(
  ctx: SignedInContext,
  tx: Transaction,
  file: StagedFile,
  log: ErrorLog,
  onConnection: OnConnection,
  onProgress: OnImportProgress,
  writes?: ImportWrites,
): Promise<ImportPreview> {
  // before any write: a problem found here leaves a commit nothing to undo
  await reportUnmatchedItems(file, onConnection, log.report);
  const repeated = await onConnection((connection) => repeatedKeys(connection, file));
  const checkRow = createRowChecker(await departmentLookup(tx), repeated, log.report);
  const counts = { creates: 0, updates: 0, unchanged: 0 };
  const totalRows = file.resourceRows;
  for (let chunkStart = 0; chunkStart < totalRows; chunkStart += CHUNK_ROWS) {
    const chunk = await onConnection((connection) => readChunk(connection, file, chunkStart, CHUNK_PAGES));
    const chunkRows = chunk.resources.rowNumbers.length;
    for (let start = 0; start < chunkRows; start += BATCH_ROWS) {
      const end = Math.min(start + BATCH_ROWS, chunkRows);
      const codes = Array.from({ length: end - start }, (_, index) =>
        cellOf(chunk.resources, start + index, RESOURCE_COLUMNS.code),
      );
      const existing = await existingByCode(ctx, tx, codes.filter(Boolean), writes);
      const checked: ImportRow[] = [];
      for (let row = start; row < end; row++) {
        const found = existing.get(codes[row - start]!);
        const input = checkRow(chunk.resources, row, chunk.items, found?.content);
        if (input) checked.push(input);
      }
      const batch = sortRows(ctx, checked, existing, counts, log.report);
      counts.creates += batch.creates.length;
      counts.updates += batch.updates.length;
      if (writes && log.count === 0) await writes.write(batch);
      onProgress({
        phase: writes ? "write" : "check",
        done: chunkStart + Math.min(start + BATCH_ROWS, chunkRows),
        total: totalRows,
      });
      // a turn of the event loop per batch: a preview's batches wait for nothing (no codes to look up),
      // and PGlite answers in this thread without one. Without it, checking 30k rows held every other
      // request, and the progress lines, for over a second, and a PGlite commit's lines came at its end.
      await nextTurnOfEventLoop();
    }
  }
  const errors = log.errors.sort((a, b) => a.sheet.localeCompare(b.sheet) || a.row - b.row);
  return {
    ok: log.count === 0,
    totalRows,
    ...counts,
    errorCount: log.count,
    errors: errors.slice(0, SHOWN_ERRORS),
  };
}

/** Reads and checks the whole file; changes nothing. */
export async function previewImport(
  ctx: Context,
  kind: ImportFileKind,
  buffer: Buffer,
  onProgress = ignoreProgress,
): Promise<ImportPreview> {
  const officer = requireSignedIn(ctx, ["officer"]);
  return withImport(officer, async (importId) => {
    const log = createErrorLog();
    const file = await stageFile(officer, kind, buffer, importId, log, onProgress);
    const onConnection: OnConnection = (work) =>
      runInTransactionWithConnection(ctx.database, (_tx, connection) => work(connection));
    return walkFile(
      officer,
      ctx.database.prisma as unknown as Transaction,
      file,
      log,
      onConnection,
      onProgress,
    );
  });
}

/** A new draft of the importer's department, with its code (given or allocated) and search index. */
function prepareDraft(row: ImportRow, allocate: CodeAllocator): NewDraft {
  const { code, sequence } = row.input.code
    ? { code: row.input.code, sequence: parseResourceCode(row.input.code).sequence }
    : allocate(row.input.classification);
  const texts = searchableTexts(row.input);
  return {
    id: randomUUID(),
    sequence,
    snapshot: snapshotOfInput(row.input, code),
    searchTokens: searchTokens(texts),
    searchText: searchText(texts),
  };
}

/**
 * A batch's new drafts, audited and encoded for the database in one synchronous step: the drafts are
 * garbage before the import next waits, so the young generation collects them (see EncodedDrafts).
 */
function encodeCreates(
  ctx: SignedInContext,
  creates: ImportRow[],
  allocate: CodeAllocator,
  audit: AuditBuffer,
  at: Date,
): EncodedDrafts {
  const drafts = creates.map((row) => prepareDraft(row, allocate));
  for (const { id, snapshot } of drafts) {
    // the content is version 1's snapshot: the event names the resource and points at it
    audit.add({
      action: "resource.create",
      subjectType: "resource",
      subjectId: id,
      after: { code: snapshot.code, name: snapshot.name, status: "draft", version: 1 },
    });
  }
  return encodeDrafts(drafts, { createdById: ctx.actor.userId, at }, ctx.database.kind);
}

/**
 * Imports all rows in one transaction or none: new codes become drafts of the importer's department,
 * existing codes are updated like an edit in the console (a published one gets a new version). Each
 * batch is prepared while the previous one is written, and the audit events are appended at the end.
 */
export async function commitImport(
  context: Context,
  kind: ImportFileKind,
  buffer: Buffer,
  onProgress = ignoreProgress,
): Promise<ImportPreview> {
  const ctx = requireSignedIn(context, ["officer"]);
  return withImport(ctx, async (importId) => {
    const log = createErrorLog();
    const file = await stageFile(ctx, kind, buffer, importId, log, onProgress);
    return writeFile(ctx, file, log, onProgress);
  }).catch((error: unknown) => {
    // PostgreSQL's unique_violation: another import or a registration took one of the codes meanwhile
    if ((error as { code?: unknown }).code !== "23505") throw error;
    throw new AppError(
      "CONFLICT",
      bilingual(
        "导入期间相同代码的信息资源已被登记，未导入任何数据，请重新导入",
        "Resources with the same codes were registered during the import: nothing was imported, import again",
      ),
    );
  });
}

function writeFile(
  ctx: SignedInContext,
  file: StagedFile,
  log: ErrorLog,
  onProgress: OnImportProgress,
): Promise<ImportPreview> {
  return runInTransactionWithConnection(
    ctx.database,
    async (tx, connection) => {
      const audit = createAuditBuffer(ctx);
      try {
        const preview = await writeRows(ctx, { tx, connection, audit }, file, log, onProgress);
        await audit.record({
          action: "resource.import",
          subjectType: "department",
          subjectId: ctx.actor.departmentId,
          after: { creates: preview.creates, updates: preview.updates, rows: preview.totalRows },
        });
        await audit.flush(tx, connection);
        return preview;
      } finally {
        await audit.discard(); // its temporary file
      }
    },
    IMPORT_TRANSACTION_TIMEOUT_MS,
  );
}

/** Writes the staged rows in the import's transaction; any error in the file aborts it. */
async function writeRows(
  ctx: SignedInContext,
  { tx, connection, audit }: { tx: Transaction; connection: Connection; audit: AuditBuffer },
  file: StagedFile,
  log: ErrorLog,
  onProgress: OnImportProgress,
): Promise<ImportPreview> {
  const pipeline = createWritePipeline();
  const allocate = await file.codes.allocator(createResourceRepository(tx));
  const now = ctx.now();
  const write = async ({ creates, updates }: Batch) => {
    const drafts = encodeCreates(ctx, creates, allocate, audit, now);
    await pipeline.push(() => insertDrafts(connection, drafts));
    if (updates.length === 0) return;
    // an update reads before it writes (through Prisma): after every write started before it
    await pipeline.settle();
    for (const row of updates) {
      await updateResourceIn(ctx, tx, audit.record, { ...row.input, id: row.id });
    }
  };

  let preview: ImportPreview;
  try {
    // on the transaction's connection, in order after the writes before it (no Prisma query waits then)
    preview = await walkFile(ctx, tx, file, log, (work) => work(connection), onProgress, {
      write,
      settle: pipeline.settle,
    });
  } finally {
    // a failed write aborted the transaction: its error, not a later one's, says why
    await pipeline.settle();
  }
  if (!preview.ok) {
    throw new AppError(
      "BAD_REQUEST",
      bilingual(
        `文件有 ${preview.errorCount} 处错误，未导入任何数据`,
        `The file has ${preview.errorCount} errors: nothing was imported`,
      ),
    );
  }
  return preview;
}
