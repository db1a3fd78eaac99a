import { createHash } from "node:crypto";
import canonicalize from "canonicalize";

/** The hash the chain starts from (the audit_head row's initial value). */
export const GENESIS_HASH = "0".repeat(64);

/** The fields an audit event's hash covers: all of them but the hashes themselves. */
export interface HashedAuditFields {
  seq: bigint;
  at: Date;
  actorId: string | null;
  actorLabel: string;
  action: string;
  subjectType: string;
  subjectId: string | null;
  before: unknown;
  after: unknown;
  requestId: string | null;
}

/**
 * SHA-256 over the previous hash and the event in canonical JSON (RFC 8785: sorted keys, fixed number
 * form), so that the hash survives jsonb's reordering of keys on the way through the database.
 */
export function auditHash(prevHash: string, event: HashedAuditFields): string {
  const canonical = canonicalize({
    seq: event.seq.toString(),
    at: event.at.toISOString(),
    actorId: event.actorId,
    actorLabel: event.actorLabel,
    action: event.action,
    subjectType: event.subjectType,
    subjectId: event.subjectId,
    before: event.before ?? null,
    after: event.after ?? null,
    requestId: event.requestId,
  });
  return createHash("sha256").update(`${prevHash}\n${canonical}`).digest("hex");
}

/** Dates become ISO strings, undefined fields disappear: what jsonb will give back. */
export function toAuditJson(value: unknown): unknown {
  return value === undefined ? null : JSON.parse(JSON.stringify(value));
}
