import { randomUUID } from "node:crypto";
import {
  createAuditRepository,
  createDepartmentRepository,
  createResourceRepository,
  createResourceVersionRepository,
  type Transaction,
} from "@govshare/db";
import {
  AppError,
  diffResources,
  formatResourceCode,
  parseResourceCode,
  searchText,
  searchTokens,
} from "@govshare/domain";
import { bilingual, RESOURCE_SEQUENCE_MAX, type TResourceContent } from "@govshare/validators";
import { auditRecordOf, inAuditedTransaction } from "../../audit/record.ts";
import { requireSignedIn } from "../../auth/guards.ts";
import type { Context } from "../../context.ts";
import type { SignedInContext } from "../../trpc.ts";
import { contentOfRow, searchableTexts, snapshotOfInput, storedContent } from "../mapping.ts";
import { updateResourceIn } from "../service.ts";
import { readCatalogueCsv, readCatalogueXlsx, type CatalogueFile } from "./read-workbook.ts";
import { rowsToResources, type ImportError, type ImportRow } from "./rows-to-resources.ts";
import { RESOURCE_COLUMNS, RESOURCE_SHEET } from "./template.ts";

export type ImportFileKind = "xlsx" | "csv";

/** All rows or none means one transaction; 10k rows take longer than an ordinary request may. */
const IMPORT_TRANSACTION_TIMEOUT_MS = 10 * 60_000;

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

interface Plan {
  file: CatalogueFile;
  creates: ImportRow[];
  updates: (ImportRow & { id: string })[];
  unchanged: number;
  errors: ImportError[];
}

async function readFile(kind: ImportFileKind, buffer: Buffer): Promise<CatalogueFile> {
  return kind === "csv" ? readCatalogueCsv(buffer) : readCatalogueXlsx(buffer);
}

/** Checks every row against the database: provider must be the importer's department; codes decide create or update. */
async function plan(ctx: SignedInContext, tx: Transaction, file: CatalogueFile): Promise<Plan> {
  const departments = new Map<string, string>();
  for (const department of await createDepartmentRepository(tx).findAll()) {
    departments.set(department.name, department.id);
    departments.set(department.code, department.id);
  }
  const { rows, errors } = rowsToResources(file, departments);
  const creates: ImportRow[] = [];
  const updates: (ImportRow & { id: string })[] = [];
  const resources = createResourceRepository(tx);
  const existing = new Map<string, { id: string; providerId: string; content: TResourceContent }>();
  const givenCodes = rows.map((row) => row.input.code).filter((code): code is string => !!code);
  for (let start = 0; start < givenCodes.length; start += 1000) {
    for (const found of await resources.findByCodes(givenCodes.slice(start, start + 1000))) {
      existing.set(found.code, { id: found.id, providerId: found.providerId, content: contentOfRow(found) });
    }
  }
  let unchanged = 0;
  for (const row of rows) {
    const fail = (column: string, message: string) =>
      errors.push({ sheet: RESOURCE_SHEET, row: row.row, column, message });
    if (row.input.providerDepartmentId !== ctx.actor.departmentId) {
      fail(RESOURCE_COLUMNS.provider, "只能导入本部门的信息资源");
      continue;
    }
    const found = row.input.code ? existing.get(row.input.code) : undefined;
    if (found && found.providerId !== ctx.actor.departmentId)
      fail(RESOURCE_COLUMNS.code, "该代码属于其他部门的信息资源");
    else if (
      found &&
      diffResources(found.content, snapshotOfInput(row.input, found.content.code)).length === 0
    )
      unchanged++;
    else if (found) updates.push({ ...row, id: found.id });
    else creates.push(row);
  }
  errors.sort((a, b) => a.sheet.localeCompare(b.sheet) || a.row - b.row);
  return { file, creates, updates, unchanged, errors };
}

function previewOf(plan: Plan): ImportPreview {
  return {
    ok: plan.errors.length === 0,
    totalRows: plan.file.resources.length,
    creates: plan.creates.length,
    updates: plan.updates.length,
    unchanged: plan.unchanged,
    errorCount: plan.errors.length,
    errors: plan.errors.slice(0, 500),
  };
}

/** Reads and checks the whole file; changes nothing. */
export async function previewImport(
  ctx: Context,
  kind: ImportFileKind,
  buffer: Buffer,
): Promise<ImportPreview> {
  const officer = requireSignedIn(ctx, ["officer"]);
  const file = await readFile(kind, buffer);
  return previewOf(await plan(officer, ctx.database.prisma as unknown as Transaction, file));
}

/**
 * Imports all rows in one transaction or none: new codes become drafts of the importer's department,
 * existing codes are updated like an edit in the console (a published one gets a new version).
 */
export async function commitImport(
  context: Context,
  kind: ImportFileKind,
  buffer: Buffer,
): Promise<ImportPreview> {
  const ctx = requireSignedIn(context, ["officer"]);
  const file = await readFile(kind, buffer);
  return inAuditedTransaction(
    ctx,
    async (tx, recordAudit) => {
      const checked = await plan(ctx, tx, file);
      const preview = previewOf(checked);
      if (!preview.ok) {
        throw new AppError(
          "BAD_REQUEST",
          bilingual(
            `文件有 ${preview.errorCount} 处错误，未导入任何数据`,
            `The file has ${preview.errorCount} errors: nothing was imported`,
          ),
        );
      }
      await createAll(ctx, tx, checked.creates);
      for (const row of checked.updates) {
        await updateResourceIn(ctx, tx, recordAudit, { ...row.input, id: row.id });
      }
      await recordAudit({
        action: "resource.import",
        subjectType: "department",
        subjectId: ctx.actor.departmentId,
        after: { creates: preview.creates, updates: preview.updates, rows: preview.totalRows },
      });
      return preview;
    },
    IMPORT_TRANSACTION_TIMEOUT_MS,
  );
}

const CREATE_BATCH = 1000;

/** New resources in bulk: codes assigned per classification after the highest one in use. */
async function createAll(ctx: SignedInContext, tx: Transaction, rows: ImportRow[]): Promise<void> {
  if (rows.length === 0) return;
  const resources = createResourceRepository(tx);
  const classifications = [...new Set(rows.map((row) => row.input.classification))];
  const next = await resources.maxSequences(classifications);
  for (const row of rows) {
    if (!row.input.code) continue;
    const { sequence } = parseResourceCode(row.input.code);
    const classification = row.input.classification; // the schema checked that the code belongs to it
    next.set(classification, Math.max(next.get(classification) ?? 0, sequence));
  }
  const now = ctx.now();
  const prepare = (row: ImportRow) => {
    let code = row.input.code;
    let sequence: number;
    if (code) sequence = parseResourceCode(code).sequence;
    else {
      sequence = (next.get(row.input.classification) ?? 0) + 1;
      if (sequence > RESOURCE_SEQUENCE_MAX) {
        throw new AppError(
          "CONFLICT",
          bilingual(
            `分类 ${row.input.classification} 的顺序码已用完`,
            `classification ${row.input.classification} has no free sequence left`,
          ),
        );
      }
      next.set(row.input.classification, sequence);
      code = formatResourceCode(row.input.classification, sequence);
    }
    const texts = searchableTexts(row.input);
    return {
      id: randomUUID(),
      code,
      sequence,
      providerId: row.input.providerDepartmentId,
      status: "draft",
      content: storedContent(row.input),
      searchTokens: searchTokens(texts),
      searchText: searchText(texts),
      snapshot: snapshotOfInput(row.input, code),
    };
  };
  // a batch at a time: the tokens, snapshots and audit records of a whole file need not live together
  // (the transaction still holds all of them or none)
  for (let start = 0; start < rows.length; start += CREATE_BATCH) {
    const prepared = rows.slice(start, start + CREATE_BATCH).map(prepare);
    await resources.createMany(prepared);
    await createResourceVersionRepository(tx).createMany(
      prepared.map((row) => ({
        resourceId: row.id,
        version: 1,
        status: "draft",
        content: row.snapshot,
        createdById: ctx.actor.userId,
        at: now,
      })),
    );
    await createAuditRepository(tx).appendMany(
      prepared.map((row) =>
        auditRecordOf(ctx, {
          action: "resource.create",
          subjectType: "resource",
          subjectId: row.id,
          after: row.snapshot,
        }),
      ),
    );
  }
}
