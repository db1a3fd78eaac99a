import { Prisma, type PrismaClient } from "../generated/prisma/client.ts";
import { auditHash, toAuditJson, type HashedAuditFields } from "../audit/chain.ts";
import type { DatabaseKind } from "../database.ts";
import type { Connection } from "../transaction-connection.ts";
import { encodeJsonDocument, jsonDocumentParameter } from "./json-document.ts";

type Client = PrismaClient | Prisma.TransactionClient;

export interface AuditRecord {
  at: Date;
  actorId: string | null;
  actorLabel: string;
  action: string;
  subjectType: string;
  subjectId: string | null;
  before?: unknown;
  after?: unknown;
  requestId: string | null;
}

export const auditEventSelect = {
  seq: true,
  at: true,
  actorId: true,
  actorLabel: true,
  action: true,
  subjectType: true,
  subjectId: true,
  before: true,
  after: true,
  requestId: true,
  prevHash: true,
  hash: true,
} satisfies Prisma.AuditEventSelect;
export type AuditEventRow = Prisma.AuditEventGetPayload<{ select: typeof auditEventSelect }>;

export interface AuditQuery {
  skip: number;
  take: number;
  direction: "asc" | "desc";
  action?: string;
  actorId?: string;
  subjectType?: string;
  subjectId?: string;
  from?: Date;
  to?: Date;
}

export interface ChainCheck {
  ok: boolean;
  checked: number;
  firstBadSeq: bigint | null;
  problem: string | null;
}

/** The chain's last link: its sequence number and the hash the next event follows. */
interface Link {
  seq: bigint;
  prevHash: string;
}

/**
 * Reads the chain's head and locks its row until the transaction ends: the lock orders concurrent
 * appends, so that no two events take the same sequence number.
 */
async function lockChainHead(prisma: Client): Promise<Link> {
  const [head] = await prisma.$queryRaw<{ last_seq: bigint; last_hash: string }[]>`
    SELECT last_seq, last_hash FROM audit_head WHERE id = 1 FOR UPDATE`;
  if (!head) throw new Error("audit_head row is missing: migrations not applied?");
  return { seq: BigInt(head.last_seq), prevHash: head.last_hash };
}

export function createAuditRepository(prisma: Client) {
  return {
    /**
     * Appends one event to the chain. Must run inside the transaction of the change it records: the
     * head row's lock (FOR UPDATE) orders concurrent appends and is released at commit.
     */
    async append(record: AuditRecord): Promise<{ seq: bigint; hash: string }> {
      const head = await lockChainHead(prisma);
      const fields: HashedAuditFields = {
        ...record,
        seq: head.seq + 1n,
        before: toAuditJson(record.before),
        after: toAuditJson(record.after),
      };
      const hash = auditHash(head.prevHash, fields);
      await prisma.auditEvent.create({
        data: {
          ...fields,
          before: fields.before === null ? Prisma.DbNull : (fields.before as Prisma.InputJsonValue),
          after: fields.after === null ? Prisma.DbNull : (fields.after as Prisma.InputJsonValue),
          prevHash: head.prevHash,
          hash,
        },
        select: { seq: true },
      });
      await prisma.auditHead.update({ where: { id: 1 }, data: { lastSeq: fields.seq, lastHash: hash } });
      return { seq: fields.seq, hash };
    },

    /**
     * Appends many events in order under one lock of the head (bulk imports): the same chain as
     * appending them one by one, in a few statements. The events travel on the transaction's own
     * connection, past Prisma (transaction-connection.ts says why): through Prisma, a 10k-row import's
     * events raised its peak memory on PGlite by some 40 MB. `kind` says how the events travel (json-document.ts).
     * `records` may be read as they are appended (an import's, from a temporary file).
     */
    async appendMany(
      records: Iterable<AuditRecord> | AsyncIterable<AuditRecord>,
      connection: Connection,
      kind: DatabaseKind,
    ): Promise<void> {
      // the head is locked with the first event: no event, no lock
      let chain: Link | undefined;
      const rowOf = (record: AuditRecord, link: Link) => {
        link.seq += 1n;
        const fields: HashedAuditFields = {
          ...record,
          seq: link.seq,
          before: toAuditJson(record.before),
          after: toAuditJson(record.after),
        };
        const hash = auditHash(link.prevHash, fields);
        const row = {
          seq: link.seq.toString(),
          at: record.at.toISOString(),
          actor_id: record.actorId,
          actor_label: record.actorLabel,
          action: record.action,
          subject_type: record.subjectType,
          subject_id: record.subjectId,
          before: fields.before,
          after: fields.after,
          request_id: record.requestId,
          prev_hash: link.prevHash,
          hash,
        };
        link.prevHash = hash;
        return row;
      };
      // a JSON document per 1000 events, hashed as they are encoded, so that an import's 10k events
      // are never all held as rows at once (raw inserts: bulk-insert.ts says why not createMany)
      const insert = async (chunk: AuditRecord[]) => {
        const link = (chain ??= await lockChainHead(prisma));
        // encoded before the statement waits, so that its rows are garbage while it does
        const document = encodeJsonDocument(
          chunk.map((record) => rowOf(record, link)),
          kind,
        );
        await connection.query(
          `INSERT INTO audit_event (seq, at, actor_id, actor_label, action, subject_type, subject_id, before,
             after, request_id, prev_hash, hash)
           SELECT seq, at, actor_id, actor_label, action, subject_type, subject_id,
             CASE WHEN jsonb_typeof(before) = 'null' THEN NULL ELSE before END,
             CASE WHEN jsonb_typeof(after) = 'null' THEN NULL ELSE after END,
             request_id, prev_hash, hash
           FROM jsonb_to_recordset(${jsonDocumentParameter(document, 1)}) AS t(seq bigint, at timestamptz,
             actor_id uuid, actor_label text, action text, subject_type text, subject_id text, before jsonb,
             after jsonb, request_id text, prev_hash text, hash text)`,
          [document],
        );
      };
      let chunk: AuditRecord[] = [];
      for await (const record of records) {
        chunk.push(record);
        if (chunk.length < 1000) continue;
        await insert(chunk);
        chunk = [];
      }
      if (chunk.length > 0) await insert(chunk);
      if (!chain) return;
      const { seq, prevHash } = chain;
      await prisma.auditHead.update({ where: { id: 1 }, data: { lastSeq: seq, lastHash: prevHash } });
    },

    async findPage(query: AuditQuery): Promise<{ items: AuditEventRow[]; total: number }> {
      const where: Prisma.AuditEventWhereInput = {
        action: query.action,
        actorId: query.actorId,
        subjectType: query.subjectType,
        subjectId: query.subjectId,
        at: query.from || query.to ? { gte: query.from, lt: query.to } : undefined,
      };
      const [items, total] = await Promise.all([
        prisma.auditEvent.findMany({
          where,
          orderBy: { seq: query.direction },
          skip: query.skip,
          take: query.take,
          select: auditEventSelect,
        }),
        prisma.auditEvent.count({ where }),
      ]);
      return { items, total };
    },

    /**
     * Walks the whole chain in order and names the first event that does not hold: altered (its hash
     * no longer matches its content), re-linked (its previous hash is not its predecessor's), or
     * missing (a gap in the sequence, or the head points past the last event).
     */
    async verifyChain(batchSize = 2000): Promise<ChainCheck> {
      // the head first: events appended while we walk are past it and not our business
      const head = await prisma.auditHead.findUnique({
        where: { id: 1 },
        select: { lastSeq: true, lastHash: true },
      });
      const lastSeq = head?.lastSeq ?? 0n;
      let previousHash = "0".repeat(64);
      let expectedSeq = 1n;
      let checked = 0;
      while (expectedSeq <= lastSeq) {
        const batch = await prisma.auditEvent.findMany({
          where: { seq: { gte: expectedSeq, lte: lastSeq } },
          orderBy: { seq: "asc" },
          take: batchSize,
          select: auditEventSelect,
        });
        if (batch.length === 0) break;
        for (const event of batch) {
          if (event.seq !== expectedSeq) {
            return bad(
              checked,
              expectedSeq,
              `第 ${expectedSeq} 条事件缺失 / event ${expectedSeq} is missing`,
            );
          }
          if (event.prevHash !== previousHash) {
            return bad(
              checked,
              event.seq,
              `第 ${event.seq} 条事件的前序哈希不符 / event ${event.seq} does not link to its predecessor`,
            );
          }
          if (auditHash(event.prevHash, event) !== event.hash) {
            return bad(checked, event.seq, `第 ${event.seq} 条事件已被修改 / event ${event.seq} was altered`);
          }
          previousHash = event.hash;
          expectedSeq = event.seq + 1n;
          checked++;
        }
      }
      if (expectedSeq <= lastSeq || (head && head.lastHash !== previousHash)) {
        return bad(
          checked,
          expectedSeq,
          `第 ${expectedSeq} 条及之后的事件缺失 / events from ${expectedSeq} on are missing`,
        );
      }
      return { ok: true, checked, firstBadSeq: null, problem: null };
    },
  };
}

function bad(checked: number, seq: bigint, problem: string): ChainCheck {
  return { ok: false, checked, firstBadSeq: seq, problem };
}
