import { createAuditRepository, runInTransaction, type Transaction } from "@govshare/db";
import type { Context } from "../context.ts";

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

/**
 * Runs a state change and its audit events in one transaction (ARCHITECTURE.md: every state change
 * writes an audit event in the same transaction). The actor and request id come from the context.
 */
export function inAuditedTransaction<T>(
  ctx: Context,
  work: (tx: Transaction, recordAudit: RecordAudit) => Promise<T>,
): Promise<T> {
  return runInTransaction(ctx.database, async (tx) => {
    const audit = createAuditRepository(tx);
    const actor = ctx.principal?.actor;
    const recordAudit: RecordAudit = async (entry) => {
      await audit.append({
        at: ctx.now(),
        actorId: entry.actorId !== undefined ? entry.actorId : (actor?.userId ?? null),
        actorLabel: entry.actorLabel ?? actor?.username ?? "anonymous",
        action: entry.action,
        subjectType: entry.subjectType,
        subjectId: entry.subjectId,
        before: entry.before,
        after: entry.after,
        requestId: ctx.requestId,
      });
    };
    return work(tx, recordAudit);
  });
}
