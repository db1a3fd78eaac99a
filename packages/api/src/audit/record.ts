import {
  createAuditRepository,
  runInTransaction,
  type AuditRecord,
  type Connection,
  type Transaction,
} from "@govshare/db";
import type { Context } from "../context.ts";
import { createJsonLinesSpool } from "../files/json-lines-spool.ts";

export interface AuditEntry {
  action: string;
  subjectType: string;
  subjectId: string | null;
  before?: unknown;
  after?: unknown;
  /** for events without a signed-in actor (a failed sign-in names the username tried) */
  actorLabel?: string;
  actorId?: string | null;
}

export type RecordAudit = (entry: AuditEntry) => Promise<void>;

/** The stored form of an entry: actor and request id come from the context, time from its clock. */
export function auditRecordOf(ctx: Context, entry: AuditEntry): AuditRecord {
  const actor = ctx.principal?.actor;
  return {
    at: ctx.now(),
    actorId: entry.actorId !== undefined ? entry.actorId : (actor?.userId ?? null),
    actorLabel: entry.actorLabel ?? actor?.username ?? "anonymous",
    action: entry.action,
    subjectType: entry.subjectType,
    subjectId: entry.subjectId,
    before: entry.before,
    after: entry.after,
    requestId: ctx.requestId,
  };
}

/** What `recordAudit` does when the benchmark turned the chain off (ctx.auditChain false). */
const skipAudit: RecordAudit = () => Promise.resolve();

/**
 * Runs a state change and its audit events in one transaction (ARCHITECTURE.md: every state change
 * writes an audit event in the same transaction). `ctx.auditChain` is true except in the sharing
 * benchmark's comparison run, which measures the chain's cost by writing no event at all.
 */
export function inAuditedTransaction<T>(
  ctx: Context,
  work: (tx: Transaction, recordAudit: RecordAudit) => Promise<T>,
  timeoutMs?: number,
): Promise<T> {
  return runInTransaction(
    ctx.database,
    async (tx) => {
      if (ctx.auditChain === false) return work(tx, skipAudit);
      const audit = createAuditRepository(tx);
      return work(tx, (entry) => audit.append(auditRecordOf(ctx, entry)).then(() => undefined));
    },
    timeoutMs,
  );
}

/**
 * Collects a bulk change's audit events and appends them together at its end (a spreadsheet import).
 * Appending locks the chain's head until commit: appended as they happen, an import's events would
 * hold every other change in the platform up for as long as the import works, instead of only while
 * the events themselves are written. The events wait in a temporary file, not in memory: an import's
 * memory stays the same whatever its number of rows. `discard` removes the file.
 */
export function createAuditBuffer(ctx: Context) {
  const spool = createJsonLinesSpool<AuditRecord>("audit-events");
  const add = (entry: AuditEntry) => {
    if (ctx.auditChain !== false) spool.write(auditRecordOf(ctx, entry));
  };
  async function* recorded(): AsyncGenerator<AuditRecord> {
    // JSON keeps everything of a record but its time's type
    for await (const record of spool.read()) yield { ...record, at: new Date(record.at) };
  }
  return {
    /** keeps the event (no await: a bulk change's loop stays synchronous) */
    add,
    /** `add` in the shape services' rules take */
    record: ((entry) => {
      add(entry);
      return Promise.resolve();
    }) satisfies RecordAudit,
    /** appends the events: `connection` is the transaction's own (runInTransactionWithConnection) */
    flush: (tx: Transaction, connection: Connection) =>
      createAuditRepository(tx).appendMany(recorded(), connection, ctx.database.kind),
    discard: () => spool.remove(),
  };
}

export type AuditBuffer = ReturnType<typeof createAuditBuffer>;
